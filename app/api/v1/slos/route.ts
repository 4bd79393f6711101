// GET /api/v1/slos — every SLO with its attainment and error budget left (scope slo:read)
import { listSlos } from "@/lib/server/api/endpoints/slo";
import { route } from "@/lib/server/api/handle";

export const GET = route(listSlos);
