import "server-only";
import type { Db } from "@/lib/db/create-client";
import { CLOSED_BREAKER, onFailure, onSuccess, type Breaker } from "@/lib/domain/breaker";
import { JOB_CHANNEL } from "../jobs/enqueue";
import type { Logger } from "../log";
import { loadBreaker, saveBreaker } from "./load";

// A waiting delivery may be between the breaker check and its reschedule while the release runs;
// a second release a moment later brings that one back too.
const SECOND_RELEASE_MS = 1_500;

/**
 * Records a send's outcome on its target's breaker and returns the breaker after it. A success
 * that closes an open breaker releases every delivery waiting on the target at once.
 */
export async function recordBreakerOutcome(
  db: Db,
  target: string,
  ok: boolean,
  now: Date,
  log?: Logger,
): Promise<Breaker> {
  if (ok) {
    const seen = await loadBreaker(db, target);
    if (seen.state === "CLOSED" && seen.failures === 0) return seen;
  }
  const { next, released, opened } = await db.$transaction(async (tx) => {
    const current = await loadBreaker(tx, target, true);
    const result = ok ? onSuccess(current) : { next: onFailure(current, now), released: false };
    await saveBreaker(tx, target, result.next, now);
    return { ...result, opened: current.state === "CLOSED" && result.next.state === "OPEN" };
  });
  if (opened)
    log?.warn({ target, failures: next.failures }, "target down: circuit breaker opened, deliveries wait for a probe");
  if (released) {
    const count = await releaseWaiting(db, target);
    log?.info({ target, released: count }, "target back: circuit breaker closed, waiting deliveries released");
    setTimeout(() => void releaseWaiting(db, target).catch(() => {}), SECOND_RELEASE_MS).unref();
  }
  return next ?? CLOSED_BREAKER;
}

/** Makes every pending send job of a delivery to `target` due now, and wakes the workers. */
export async function releaseWaiting(db: Db, target: string): Promise<number> {
  const now = new Date();
  const rows = await db.$queryRaw<{ count: number }[]>`
    WITH released AS (
      UPDATE "Job" j SET "runAt" = ${now}
      FROM "Delivery" d
      WHERE j.kind = 'deliver' AND j.status = 'PENDING' AND j."runAt" > ${now} AND d.id = j.payload->>'deliveryId'
        AND d.status IN ('PENDING', 'FAILED') AND d.target = ${target}
      RETURNING j.id)
    SELECT count(*)::int AS count, min(pg_notify(${JOB_CHANNEL}, floor(extract(epoch FROM ${now}::timestamp(3)) * 1000)::bigint::text)::text)
    FROM released HAVING count(*) > 0`;
  return rows[0]?.count ?? 0;
}
