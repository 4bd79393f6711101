import "server-only";
import type { Db } from "@/lib/db/create-client";
import { LATE_THRESHOLD_MS } from "@/lib/domain/lateness";

/** Pending deadlines that never fired although their planned time is over a minute past. */
export async function listOverdueJobs(db: Db, now: Date, limit = 200) {
  return db.job.findMany({
    where: { status: "PENDING", firedAt: null, plannedAt: { lt: new Date(now.getTime() - LATE_THRESHOLD_MS) } },
    orderBy: { plannedAt: "asc" },
    take: limit,
    select: {
      id: true,
      kind: true,
      key: true,
      plannedAt: true,
      runAt: true,
      status: true,
      attempts: true,
      lastError: true,
    },
  });
}
