// GET /api/v1/action-items — action items by owner, status, overdue, component (scope postmortems:read);
// POST — add one to a postmortem (scope postmortems:write)
import { createActionItem, listActionItems } from "@/lib/server/api/endpoints/postmortems";
import { route } from "@/lib/server/api/handle";

export const GET = route(listActionItems);
export const POST = route(createActionItem);
