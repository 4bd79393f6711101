import "server-only";
import type { Db } from "@/lib/db/create-client";
import { jobRetryAt, MAX_JOB_ATTEMPTS } from "@/lib/domain/backoff";
import { DEFAULT_TARGET_CONCURRENCY, kindsOfLane, urgentKinds, type Lane } from "@/lib/domain/jobs";
import { claimDeliveries } from "./claim-deliveries";
import { messageOf } from "./message-of";

// The queue's statements are raw SQL: a worker runs several per deadline, and at hundreds of
// deadlines a second Prisma's per-query cost would be most of the work.

/** `takenOverFrom`: the worker whose lease on this RUNNING job had run out (it died or lost the database). */
export type ClaimedJob = {
  id: string;
  /** Deliveries only: a webhook's wait is on the network, not this machine's CPU (see the worker's shares). */
  webhook?: boolean;
  kind: string;
  key: string;
  payload: unknown;
  runAt: Date;
  plannedAt: Date;
  attempts: number;
  takenOverFrom: string | null;
};

/**
 * The default lease on a running job (BRIDGE_JOB_LEASE_MS sets the worker's). Its worker renews it
 * while the job runs; once it has not been renewed for this long, the worker is taken for dead.
 */
export const STALE_LOCK_MS = 10_000;

export type { Lane };
// Any kind not in the deliveries lane is a timer, even one no handler knows: it is claimed and fails visibly.
const DELIVERY_KINDS = kindsOfLane("deliveries");
const URGENT_KINDS = urgentKinds();
/** A handler failing for another reason than a busy resource is retried this many times, then FAILED. */
export const MAX_ATTEMPTS = MAX_JOB_ATTEMPTS;

/**
 * Claims up to `limit` due jobs of a lane for this worker. SKIP LOCKED lets any number of
 * workers share the queue without waiting on each other or taking the same row; a RUNNING job
 * whose lease has not been renewed for `staleLockMs` belonged to a dead worker and is taken over.
 * `takeOver: false` claims only pending jobs (a worker just back from a database outage gives the
 * others time to renew their leases first). Timers are claimed escalations first (they page
 * people; the others inform), then by due time. Deliveries are claimed pages first, at most
 * `perTarget` per target, and at most `othersLimit` that are not pages (see claimDeliveries).
 */
export async function claimDue(
  db: Db,
  worker: string,
  now: Date,
  limit: number,
  lane: Lane = "timers",
  staleLockMs = STALE_LOCK_MS,
  takeOver = true,
  perTarget = DEFAULT_TARGET_CONCURRENCY,
  othersLimit = limit,
): Promise<ClaimedJob[]> {
  if (limit <= 0) return [];
  const staleBefore = takeOver ? new Date(now.getTime() - staleLockMs) : new Date(0);
  if (lane === "deliveries")
    return claimDeliveries(db, worker, now, { limit, othersLimit }, staleBefore, staleLockMs, perTarget);
  return db.$queryRaw<ClaimedJob[]>`
    WITH picked AS (
      SELECT id, CASE WHEN status = 'RUNNING' THEN "lockedBy" END AS "takenOverFrom" FROM "Job"
      WHERE (("runAt" <= ${now} AND status = 'PENDING') OR (status = 'RUNNING' AND "lockedAt" < ${staleBefore}))
        AND NOT (kind = ANY(${DELIVERY_KINDS}::text[]))
      ORDER BY kind = ANY(${URGENT_KINDS}::text[]) DESC, "runAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    UPDATE "Job" j SET status = 'RUNNING', "lockedAt" = ${now}, "lockedBy" = ${worker},
      attempts = j.attempts + 1, "firedAt" = COALESCE(j."firedAt", ${now})
    FROM picked WHERE j.id = picked.id
    RETURNING j.id, j.kind, j.key, j.payload, j."runAt", j."plannedAt", j.attempts, picked."takenOverFrom"`;
}

/**
 * The heartbeat: renews this worker's leases on its running jobs, and the send locks of the
 * deliveries they are sending (a deliver job's payload names its delivery), so both run out
 * together `leaseMs` after the last heartbeat of a worker that died.
 */
export async function refreshLocks(
  db: Db,
  worker: string,
  ids: string[],
  now: Date,
  leaseMs = STALE_LOCK_MS,
): Promise<void> {
  if (ids.length === 0) return;
  const until = new Date(now.getTime() + leaseMs);
  await db.$executeRaw`
    WITH held AS (
      UPDATE "Job" SET "lockedAt" = ${now} WHERE id = ANY(${ids}::text[]) AND "lockedBy" = ${worker} AND status = 'RUNNING'
      RETURNING kind, payload)
    UPDATE "Delivery" SET "lockedUntil" = ${until}
    WHERE id IN (SELECT payload->>'deliveryId' FROM held WHERE kind = 'deliver')
      AND "lockedUntil" IS NOT NULL AND status IN ('PENDING', 'FAILED')`;
}

/** Marks a job done, unless another worker has taken it over meanwhile (then it is theirs to finish). */
export async function completeJob(db: Db, id: string, worker: string, now: Date): Promise<void> {
  await completeJobs(db, [id], worker, now);
}

/** `completeJob` for many jobs in one statement. */
export async function completeJobs(db: Db, ids: string[], worker: string, now: Date): Promise<void> {
  await db.$executeRaw`UPDATE "Job" SET status = 'DONE', "completedAt" = ${now}, "lockedAt" = NULL WHERE id = ANY(${ids}::text[]) AND "lockedBy" = ${worker} AND status = 'RUNNING'`;
}

/** Puts a job back to run at `at` without counting it as a failure (its resource was busy). */
export async function rescheduleJob(db: Db, id: string, worker: string, at: Date): Promise<void> {
  await db.$executeRaw`UPDATE "Job" SET status = 'PENDING', "runAt" = ${at}, "lockedAt" = NULL, attempts = attempts - 1 WHERE id = ${id} AND "lockedBy" = ${worker} AND status = 'RUNNING'`;
}

/**
 * A handler that threw is retried with growing pauses, then left FAILED for the timer audit.
 * `attempts` null: the job can never succeed (a malformed payload), so it fails at once.
 */
export async function failJob(
  db: Db,
  id: string,
  worker: string,
  attempts: number | null,
  error: unknown,
  now: Date,
): Promise<void> {
  const message = messageOf(error).slice(0, 1000);
  const retryAt = attempts === null ? null : jobRetryAt(attempts, now);
  await db.job.updateMany({
    where: { id, lockedBy: worker, status: "RUNNING" },
    data: retryAt
      ? { status: "PENDING", runAt: retryAt, lastError: message, lockedAt: null }
      : { status: "FAILED", lastError: message, completedAt: now, lockedAt: null },
  });
}

/**
 * When the next pending job of each lane falls due, so an idle worker can sleep until exactly then,
 * and `oldestLease`: the least recently renewed lease of a running job, whose end is a takeover.
 */
export async function nextDueAt(db: Db): Promise<Record<Lane, Date | null> & { oldestLease: Date | null }> {
  const [row] = await db.$queryRaw<{ timers: Date | null; deliveries: Date | null; oldestLease: Date | null }[]>`
    SELECT (SELECT "runAt" FROM "Job" WHERE status = 'PENDING' AND NOT (kind = ANY(${DELIVERY_KINDS}::text[])) ORDER BY "runAt" LIMIT 1) AS timers,
           (SELECT "runAt" FROM "Job" WHERE status = 'PENDING' AND kind = ANY(${DELIVERY_KINDS}::text[]) ORDER BY "runAt" LIMIT 1) AS deliveries,
           (SELECT "lockedAt" FROM "Job" WHERE status = 'RUNNING' ORDER BY "lockedAt" LIMIT 1) AS "oldestLease"`;
  return { timers: row?.timers ?? null, deliveries: row?.deliveries ?? null, oldestLease: row?.oldestLease ?? null };
}
