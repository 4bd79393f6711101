// POST /api/v1/risks/{id}/review — mark a risk reviewed and set its next review
import { reviewRiskEndpoint } from "@/lib/server/api/endpoints/risks";
import { route } from "@/lib/server/api/handle";

export const POST = route(reviewRiskEndpoint);
