import "server-only";
import type { Db } from "@/lib/db/create-client";
import { healthCheckJob, nextRpoWatchAt, nextSloRoundAt, rpoWatchJob, sloEvaluateJob } from "@/lib/domain/jobs";
import { enqueue } from "../jobs/enqueue";

/**
 * What a starting worker makes sure is scheduled: the next per-minute round of SLO evaluations,
 * the next RPO watch and each enabled health check's next run. Keys make this idempotent across workers and
 * restarts: a check's run at its nextRunAt is one job however often it is scheduled. A check
 * that never ran (enabled by the seed or by hand) gets its first run now.
 */
export async function scheduleSloWork(db: Db, now: Date): Promise<void> {
  await db.healthCheck.updateMany({ where: { enabled: true, nextRunAt: null }, data: { nextRunAt: now } });
  const checks = await db.healthCheck.findMany({
    where: { enabled: true, nextRunAt: { not: null } },
    select: { id: true, nextRunAt: true },
  });
  await enqueue(db, [
    sloEvaluateJob(null, nextSloRoundAt(now)),
    rpoWatchJob(nextRpoWatchAt(now)),
    ...checks.map((c) => healthCheckJob(c.id, c.nextRunAt!)),
  ]);
}
