// POST /api/v1/incidents/{number}/handover — hand command to another person
import { handOverIncident } from "@/lib/server/api/endpoints/incident-commands";
import { route } from "@/lib/server/api/handle";

export const POST = route(handOverIncident);
