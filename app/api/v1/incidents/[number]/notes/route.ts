// POST /api/v1/incidents/{number}/notes — add a note to the incident's timeline
import { addIncidentNote } from "@/lib/server/api/endpoints/incident-commands";
import { route } from "@/lib/server/api/handle";

export const POST = route(addIncidentNote);
