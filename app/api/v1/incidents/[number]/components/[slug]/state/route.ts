// PUT /api/v1/incidents/{number}/components/{slug}/state — how a component shows on the status page for the incident
import { setIncidentComponentState } from "@/lib/server/api/endpoints/status";
import { route } from "@/lib/server/api/handle";

export const PUT = route(setIncidentComponentState);
