import "server-only";
import { db } from "../db";
import { NOTICE_KEY_PREFIX } from "./notify";

export type NoticeCounts = { sent: number; pending: number; retrying: number; failed: number };

/**
 * Subscriber mail per published update of an incident, for the incident page: sent, waiting,
 * retrying after a failure, and given up (dead-lettered or withdrawn on unsubscribe).
 */
export async function subscriberDeliveryCounts(incidentId: string): Promise<Map<string, NoticeCounts>> {
  const groups = await db.delivery.groupBy({
    by: ["statusUpdateId", "status"],
    where: { statusUpdate: { incidentId }, idempotencyKey: { startsWith: NOTICE_KEY_PREFIX } },
    _count: { _all: true },
  });
  const counts = new Map<string, NoticeCounts>();
  for (const g of groups) {
    if (!g.statusUpdateId) continue;
    const c = counts.get(g.statusUpdateId) ?? { sent: 0, pending: 0, retrying: 0, failed: 0 };
    const field = ({ SENT: "sent", PENDING: "pending", FAILED: "retrying", DEAD: "failed" } as const)[g.status];
    c[field] += g._count._all;
    counts.set(g.statusUpdateId, c);
  }
  return counts;
}
