// GET /api/v1/incidents — list incidents (filters, cursor); POST — declare an incident
import { declareIncident, listIncidents } from "@/lib/server/api/endpoints/incidents";
import { route } from "@/lib/server/api/handle";

export const GET = route(listIncidents);
export const POST = route(declareIncident);
