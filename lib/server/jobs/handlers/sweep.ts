import "server-only";
import { nextSweepAt, SWEEP_INTERVAL_MS, sweepJob, type JobPayload } from "@/lib/domain/jobs";
import type { Ctx } from "../../context";
import { db as defaultDb } from "../../db";
import { env } from "../../env";
import { logger } from "../../log";
import { pruneApiRecords } from "../../api/prune";
import { compactSli } from "../../slo/compact";
import { enqueue } from "../enqueue";
import type { HandlerOptions } from "./index";

const DAY_MS = 24 * 60 * 60_000;
// Small batches keep each statement short, so a first sweep of a large backlog never holds the table long.
const BATCH = 5000;

/**
 * Deletes jobs that finished (DONE or FAILED) more than the retention period ago, compacts SLI
 * samples and their sums past their retention (lib/server/slo/compact.ts), drops expired API
 * idempotency keys, rate windows and request log rows, and schedules the next sweep an interval later (or at the next full hour, if the worker was away longer).
 */
export async function handleSweep(
  ctx: Ctx,
  { at }: JobPayload<"sweep">,
  options?: HandlerOptions,
  retentionDays = env.BRIDGE_JOB_RETENTION_DAYS,
): Promise<void> {
  const db = options?.db ?? defaultDb;
  const log = options?.log ?? logger;
  const before = new Date(ctx.now.getTime() - retentionDays * DAY_MS);
  let deleted = 0;
  for (;;) {
    const n = await db.$executeRaw`
      DELETE FROM "Job" WHERE id IN (
        SELECT id FROM "Job" WHERE status IN ('DONE', 'FAILED') AND "completedAt" < ${before} LIMIT ${BATCH})`;
    deleted += n;
    if (n < BATCH) break;
  }
  const compacted = await compactSli(db, ctx.now, env.BRIDGE_SLI_RAW_RETENTION_DAYS);
  const api = await pruneApiRecords(db, ctx.now, env.BRIDGE_API_LOG_RETENTION_DAYS);
  const next = new Date(Math.max(at.getTime() + SWEEP_INTERVAL_MS, nextSweepAt(ctx.now).getTime()));
  await enqueue(db, [sweepJob(next)]);
  log.info(
    { deleted, compacted, api, finishedBefore: before.toISOString(), next: next.toISOString() },
    "finished jobs swept",
  );
}
