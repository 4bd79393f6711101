import "server-only";
import type { Db } from "@/lib/db/create-client";

export type ClaimedJob = { id: string; kind: string; key: string; payload: unknown; runAt: Date; attempts: number };

/** A job whose worker vanished (crash, kill -9) is taken over after this long. */
export const STALE_LOCK_MS = 30_000;

/**
 * Claims up to `limit` due jobs for this worker. SKIP LOCKED lets any number of workers share
 * the queue without waiting on each other or taking the same row.
 */
export async function claimDue(db: Db, worker: string, now: Date, limit: number): Promise<ClaimedJob[]> {
  const staleBefore = new Date(now.getTime() - STALE_LOCK_MS);
  return db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET status = 'RUNNING', "lockedAt" = ${now}, "lockedBy" = ${worker},
      attempts = attempts + 1, "firedAt" = COALESCE("firedAt", ${now})
    WHERE id IN (
      SELECT id FROM "Job"
      WHERE ("runAt" <= ${now} AND status = 'PENDING') OR (status = 'RUNNING' AND "lockedAt" < ${staleBefore})
      ORDER BY "runAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, key, payload, "runAt", attempts`;
}

export async function completeJob(db: Db, id: string, worker: string, now: Date): Promise<void> {
  await db.job.updateMany({ where: { id, lockedBy: worker }, data: { status: "DONE", completedAt: now, lockedAt: null } });
}

/** A handler that threw is retried a few times, then left FAILED for the timer audit. */
export async function failJob(db: Db, id: string, worker: string, attempts: number, error: unknown, now: Date): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const retry = attempts < 5;
  await db.job.updateMany({
    where: { id, lockedBy: worker },
    data: retry
      ? { status: "PENDING", runAt: new Date(now.getTime() + 1000 * 2 ** attempts), lastError: message, lockedAt: null }
      : { status: "FAILED", lastError: message, completedAt: now, lockedAt: null },
  });
}

/** When the next pending job falls due, so an idle worker can sleep until exactly then. */
export async function nextDueAt(db: Db): Promise<Date | null> {
  const next = await db.job.findFirst({ where: { status: "PENDING" }, orderBy: { runAt: "asc" }, select: { runAt: true } });
  return next?.runAt ?? null;
}
