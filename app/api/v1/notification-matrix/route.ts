// GET /api/v1/notification-matrix — stakeholder groups with their members and rules
import { getNotificationMatrix } from "@/lib/server/api/endpoints/config";
import { route } from "@/lib/server/api/handle";

export const GET = route(getNotificationMatrix);
