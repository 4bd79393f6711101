// GET /api/v1/incidents/{number}/status-updates — the incident's updates; POST — post one
import { listStatusUpdates, postStatusUpdate } from "@/lib/server/api/endpoints/status";
import { route } from "@/lib/server/api/handle";

export const GET = route(listStatusUpdates);
export const POST = route(postStatusUpdate);
