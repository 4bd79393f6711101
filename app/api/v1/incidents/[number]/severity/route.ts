// POST /api/v1/incidents/{number}/severity — change the severity, re-planning notifications
import { changeIncidentSeverity } from "@/lib/server/api/endpoints/incident-commands";
import { route } from "@/lib/server/api/handle";

export const POST = route(changeIncidentSeverity);
