// npm run bench:claim -- [FINISHED] [--db-prefix NAME]
// What one claim costs as finished jobs pile up: on a fresh database, 500 due pending jobs of each
// lane are claimed 8 at a time (timers) and 16 at a time (deliveries), and each claim statement is
// timed; first with no finished jobs, then with FINISHED (default 100000) DONE and FAILED jobs.
// Then once more with the claim's partial indexes dropped, for comparison.
// Lines: claim finished=N lane=L claims=… p50_ms=… p99_ms=… ; then the retention sweep's time.
import { parseArgs } from "node:util";
import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { jobOf } from "../../lib/domain/jobs";
import { claimDue, completeJob } from "../../lib/server/jobs/claim";
import { handleSweep } from "../../lib/server/jobs/handlers/sweep";
import { systemCtx } from "../../lib/server/context";
import { freshDatabase } from "../fault/database";
import { pino } from "pino";
import { percentile } from "./escalation-stats";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "db-prefix": { type: "string", default: "bridge_bench_claim" } },
});
const finished = Number(positionals[0] ?? 100_000);
const DUE = 500;
const DAY_MS = 24 * 60 * 60_000;

async function addDue(db: Db, round: number): Promise<void> {
  const at = new Date(Date.now() - 60_000);
  const jobs = Array.from({ length: DUE }, (_, i) => [
    { ...jobOf("obligation", { obligationId: `bench-${round}-${i}` }, at), plannedAt: at },
    { ...jobOf("deliver", { deliveryId: `bench-${round}-${i}` }, at, 0), plannedAt: at },
  ]).flat();
  await db.job.createMany({ data: jobs });
}

/** Claims every due job of both lanes in the batch sizes the worker uses; returns each claim's time per lane. */
async function claimAll(db: Db): Promise<Record<string, number[]>> {
  const times: Record<string, number[]> = { timers: [], deliveries: [] };
  for (const [lane, limit] of [
    ["timers", 8],
    ["deliveries", 16],
  ] as const) {
    for (;;) {
      const t0 = performance.now();
      const jobs = await claimDue(db, "bench", new Date(), limit, lane);
      times[lane].push(performance.now() - t0);
      if (jobs.length === 0) break;
      await Promise.all(jobs.map((j) => completeJob(db, j.id, "bench", new Date())));
    }
  }
  return times;
}

async function addFinished(db: Db, n: number): Promise<void> {
  // Old enough for the sweep: finished 40 days ago, a tenth FAILED, half of them deliveries.
  await db.$executeRaw`
    INSERT INTO "Job" (id, kind, key, payload, "plannedAt", "runAt", status, attempts, "firedAt", "completedAt", "lockedBy")
    SELECT 'old-' || g, CASE WHEN g % 2 = 0 THEN 'deliver' ELSE 'obligation' END, 'bench-old:' || g, '{}'::jsonb,
      now() - interval '40 days', now() - interval '40 days', (CASE WHEN g % 10 = 0 THEN 'FAILED' ELSE 'DONE' END)::"JobStatus", 1,
      now() - interval '40 days', now() - interval '40 days', 'bench'
    FROM generate_series(1, ${n}) g`;
  await db.$executeRawUnsafe(`ANALYZE "Job"`);
}

function report(label: string, times: Record<string, number[]>): void {
  for (const [lane, t] of Object.entries(times)) {
    const sorted = [...t].sort((a, b) => a - b);
    console.log(
      `claim finished=${label} lane=${lane} claims=${t.length} p50_ms=${percentile(sorted, 50).toFixed(2)} p99_ms=${percentile(sorted, 99).toFixed(2)}`,
    );
  }
}

const database = await freshDatabase(`${values["db-prefix"]}_${process.pid}`);
const db = createPrismaClient(database.url, { max: 16 });
try {
  await db.job.deleteMany({});
  await addDue(db, 0);
  await claimAll(db); // warm-up: plans and connections
  const total = await db.job.count();
  await db.job.deleteMany({});
  await addDue(db, 1);
  report("0", await claimAll(db));
  console.log(`(warm-up claimed ${total} jobs)`);
  await db.job.deleteMany({});
  await addFinished(db, finished);
  await addDue(db, 2);
  report(String(finished), await claimAll(db));
  // The same without the partial indexes, for comparison: the claim falls back on Job(status, runAt).
  await db.$executeRawUnsafe(`DROP INDEX "Job_pending_runAt_idx", "Job_running_lockedAt_idx"`);
  await addDue(db, 3);
  report(`${finished}_without_partial_indexes`, await claimAll(db));
  const old = {
    status: { in: ["DONE" as const, "FAILED" as const] },
    completedAt: { lt: new Date(Date.now() - 30 * DAY_MS) },
  };
  const before = await db.job.count({ where: old });
  const t0 = performance.now();
  await handleSweep(
    systemCtx(new Date()),
    { at: new Date() },
    { db, staleLockMs: 10_000, log: pino({ level: "silent" }) },
    30,
  );
  const left = await db.job.count({ where: old });
  console.log(
    `sweep deleted=${before - left} in_ms=${(performance.now() - t0).toFixed(0)} left_older_than_30d=${left}`,
  );
} finally {
  await db.$disconnect();
  await database.drop();
}
