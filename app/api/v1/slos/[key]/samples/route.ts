// GET /api/v1/slos/{key}/samples — an SLO's raw samples in a range of at most a day (scope slo:read)
import { listSloSamples } from "@/lib/server/api/endpoints/slo";
import { route } from "@/lib/server/api/handle";

export const GET = route(listSloSamples);
