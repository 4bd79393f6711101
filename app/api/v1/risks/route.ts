// GET /api/v1/risks — the risk register (heat map cell and overdue filters); POST — add a risk
import { createRisk, listRisksEndpoint } from "@/lib/server/api/endpoints/risks";
import { route } from "@/lib/server/api/handle";

export const GET = route(listRisksEndpoint);
export const POST = route(createRisk);
