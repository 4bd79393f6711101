// GET /api/v1/incidents/{number}/timeline — the incident's timeline, oldest first
import { getIncidentTimeline } from "@/lib/server/api/endpoints/incidents";
import { route } from "@/lib/server/api/handle";

export const GET = route(getIncidentTimeline);
