// PATCH /api/v1/risks/{id} — change a risk; DELETE — remove it from the register
import { deleteRiskEndpoint, updateRisk } from "@/lib/server/api/endpoints/risks";
import { route } from "@/lib/server/api/handle";

export const PATCH = route(updateRisk);
export const DELETE = route(deleteRiskEndpoint);
