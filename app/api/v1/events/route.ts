// POST /api/v1/events — an Events API v2 (PagerDuty-compatible) event from a configured integration source
import { receiveEventV2 } from "@/lib/server/api/endpoints/integrations";
import { route } from "@/lib/server/api/handle";

export const POST = route(receiveEventV2);
