// PATCH /api/v1/notification-matrix/rules/{id} — change a matrix rule; DELETE — remove it
import { removeNotificationRule, updateNotificationRule } from "@/lib/server/api/endpoints/config";
import { route } from "@/lib/server/api/handle";

export const PATCH = route(updateNotificationRule);
export const DELETE = route(removeNotificationRule);
