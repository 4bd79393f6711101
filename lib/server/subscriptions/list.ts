import "server-only";
import { z } from "zod";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { parseInput } from "../validate";

export type SubscriberCounts = { confirmed: number; pending: number; unsubscribed: number };

const filter = z.object({ take: z.coerce.number().int().min(1).max(500).default(200) });

/** For admins: how many subscribers in each state, and the latest of them. */
export async function listSubscribers(ctx: Ctx, input: unknown = {}) {
  authorize(ctx, "subscriber:manage");
  const { take } = parseInput(filter, input);
  const [confirmed, pending, unsubscribed, rows] = await Promise.all([
    db.subscriber.count({ where: { confirmedAt: { not: null }, unsubscribedAt: null } }),
    db.subscriber.count({ where: { confirmedAt: null, unsubscribedAt: null } }),
    db.subscriber.count({ where: { unsubscribedAt: { not: null } } }),
    db.subscriber.findMany({
      orderBy: { createdAt: "desc" },
      take,
      select: {
        id: true,
        email: true,
        scope: true,
        createdAt: true,
        confirmedAt: true,
        unsubscribedAt: true,
        group: { select: { name: true } },
        _count: { select: { components: true } },
      },
    }),
  ]);
  const counts: SubscriberCounts = { confirmed, pending, unsubscribed };
  return { counts, rows };
}
