// GET /api/v1/postmortems — postmortems, newest first, by status (scope postmortems:read)
import { listPostmortems } from "@/lib/server/api/endpoints/postmortems";
import { route } from "@/lib/server/api/handle";

export const GET = route(listPostmortems);
