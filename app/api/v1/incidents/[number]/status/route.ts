// POST /api/v1/incidents/{number}/status — move the incident to another status, with an optional note
import { changeIncidentStatus } from "@/lib/server/api/endpoints/incident-commands";
import { route } from "@/lib/server/api/handle";

export const POST = route(changeIncidentStatus);
