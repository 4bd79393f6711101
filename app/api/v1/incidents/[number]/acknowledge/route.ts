// POST /api/v1/incidents/{number}/acknowledge — acknowledge the incident's pages, stopping escalation
import { acknowledgeIncident } from "@/lib/server/api/endpoints/incident-commands";
import { route } from "@/lib/server/api/handle";

export const POST = route(acknowledgeIncident);
