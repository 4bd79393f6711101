// PATCH /api/v1/action-items/{id} — change an item's status, owner, due date (scope postmortems:write)
import { updateActionItem } from "@/lib/server/api/endpoints/postmortems";
import { route } from "@/lib/server/api/handle";

export const PATCH = route(updateActionItem);
