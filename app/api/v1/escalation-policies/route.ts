// GET /api/v1/escalation-policies — every escalation policy with its levels
import { listEscalationPolicies } from "@/lib/server/api/endpoints/config";
import { route } from "@/lib/server/api/handle";

export const GET = route(listEscalationPolicies);
