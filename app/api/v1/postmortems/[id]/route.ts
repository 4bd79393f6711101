// GET /api/v1/postmortems/{id} — one postmortem with its sections and key times (scope postmortems:read)
import { getPostmortem } from "@/lib/server/api/endpoints/postmortems";
import { route } from "@/lib/server/api/handle";

export const GET = route(getPostmortem);
