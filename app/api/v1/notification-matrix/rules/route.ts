// POST /api/v1/notification-matrix/rules — add a matrix rule
import { addNotificationRule } from "@/lib/server/api/endpoints/config";
import { route } from "@/lib/server/api/handle";

export const POST = route(addNotificationRule);
