// GET /api/v1/components — status-page components with the state the page shows now
import { listStatusComponents } from "@/lib/server/api/endpoints/components";
import { route } from "@/lib/server/api/handle";

export const GET = route(listStatusComponents);
