import "server-only";
import { authorize } from "../authorize";
import { actingUserId, type Ctx } from "../context";
import { db } from "../db";

/** The signed-in user's in-app messages (pages, notifications, reminders), newest first. */
export async function listInbox(ctx: Ctx, take = 50) {
  authorize(ctx, "status:read");
  const userId = actingUserId(ctx);
  if (!userId) return { items: [], unread: 0 };
  const where = { userId, channel: "IN_APP" as const };
  const [items, unread] = await Promise.all([
    db.delivery.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take,
      select: {
        id: true,
        subject: true,
        body: true,
        createdAt: true,
        readAt: true,
        incident: { select: { number: true, title: true, drill: true } },
      },
    }),
    db.delivery.count({ where: { ...where, readAt: null } }),
  ]);
  return { items, unread };
}

export async function countUnread(ctx: Ctx): Promise<number> {
  const userId = actingUserId(ctx);
  if (!userId) return 0;
  return db.delivery.count({ where: { userId, channel: "IN_APP", readAt: null } });
}
