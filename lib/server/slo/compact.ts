import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import { ROLLUP_RETENTION_DAYS } from "@/lib/domain/slo/vocabulary";

const DAY_MS = 24 * 60 * 60_000;
// Small batches keep each statement short, as the job sweep does: a first compaction of a large
// backlog never holds the tables long while samples keep arriving.
const BATCH = 5000;

export type Compacted = { samples: number; checkResults: number; minutes: number; hours: number };

/**
 * Deletes raw SLI samples and health-check results older than the raw retention, and per-minute
 * and per-hour sums older than theirs (ROLLUP_RETENTION_DAYS). The sums are kept up to date as
 * samples arrive and never re-derived from raw rows, so deleting raw samples loses no chart data.
 */
export async function compactSli(
  db: Pick<Db | Tx, "$executeRaw">,
  now: Date,
  rawRetentionDays: number,
): Promise<Compacted> {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const raw = before(rawRetentionDays);
  const minute = before(ROLLUP_RETENTION_DAYS.minute);
  const hour = before(ROLLUP_RETENTION_DAYS.hour);
  return {
    samples: await inBatches(
      () => db.$executeRaw`
        DELETE FROM "SliSample" WHERE ctid = ANY(ARRAY(SELECT ctid FROM "SliSample" WHERE at < ${raw} LIMIT ${BATCH}))`,
    ),
    checkResults: await inBatches(
      () => db.$executeRaw`
        DELETE FROM "HealthCheckResult" WHERE id IN (SELECT id FROM "HealthCheckResult" WHERE at < ${raw} LIMIT ${BATCH})`,
    ),
    minutes: await inBatches(
      () => db.$executeRaw`
        DELETE FROM "SliMinute" WHERE ctid = ANY(ARRAY(SELECT ctid FROM "SliMinute" WHERE minute < ${minute} LIMIT ${BATCH}))`,
    ),
    hours: await inBatches(
      () => db.$executeRaw`
        DELETE FROM "SliHour" WHERE ctid = ANY(ARRAY(SELECT ctid FROM "SliHour" WHERE hour < ${hour} LIMIT ${BATCH}))`,
    ),
  };
}

async function inBatches(deleteBatch: () => Promise<number>): Promise<number> {
  let deleted = 0;
  for (;;) {
    const n = await deleteBatch();
    deleted += n;
    if (n < BATCH) return deleted;
  }
}
