// POST /api/v1/sli — push a batch of SLI samples (scope sli:write); 200 with what was stored and refused
import { pushSliSamples } from "@/lib/server/api/endpoints/slo";
import { route } from "@/lib/server/api/handle";

export const POST = route(pushSliSamples);
