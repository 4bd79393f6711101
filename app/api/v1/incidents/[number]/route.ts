// GET /api/v1/incidents/{number} — one incident
import { getIncident } from "@/lib/server/api/endpoints/incidents";
import { route } from "@/lib/server/api/handle";

export const GET = route(getIncident);
