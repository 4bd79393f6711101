// GET /api/v1/escalation-policies/{id} — one policy; PUT — replace it (fields and levels) as its next version
import { getEscalationPolicy, saveEscalationPolicy } from "@/lib/server/api/endpoints/config";
import { route } from "@/lib/server/api/handle";

export const GET = route(getEscalationPolicy);
export const PUT = route(saveEscalationPolicy);
