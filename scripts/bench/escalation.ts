// npm run bench:escalation -- [N] [--workers W] [--declarations M] [--db-prefix NAME]
// N escalation deadlines of real incidents (default 1000) fall due within 5 s, starting 3 s
// after start; `npm run worker` processes (default 1) fire them against a fresh database and a
// real SMTP server. Lateness is firedAt − plannedAt from the Job table. Then M declarations of a
// SEV1 (default 100) measure declare → first message accepted by the SMTP server.
// The last line: escalation timers=N p50_late_ms=… p99_late_ms=… max_late_ms=… duplicates=… lost=…
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/db/create-client";
import { createDueEscalations } from "../fault/deadlines";
import {
  benchWorkerEnv,
  LATER_MS,
  settled,
  startWorkerProcess,
  stopWorker,
  waitFor,
  type WorkerProcess,
} from "../fault/harness";
import { freshDatabase } from "../fault/database";
import { startSmtpReceiver } from "../fault/smtp-receiver";
import { checkExactlyOnce } from "../fault/verify";
import { freePort } from "../test/free-port";
import { measureDeclareToSmtp } from "./declare-to-smtp";
import { summary } from "./escalation-stats";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    workers: { type: "string", default: "1" },
    declarations: { type: "string", default: "100" },
    "db-prefix": { type: "string", default: "bridge_bench" },
  },
});
const timers = Number(positionals[0] ?? 1000);
const workerCount = Number(values.workers);
const declarations = Number(values.declarations);
const START_AFTER_MS = 3000;
const WINDOW_MS = 5000;
const WARM_UP = 20;

const database = await freshDatabase(`${values["db-prefix"]}_${process.pid}`);
const db = createPrismaClient(database.url, { max: 4 });
const smtp = await startSmtpReceiver(await freePort());
const env = benchWorkerEnv(database.url, smtp.port);
const workers: WorkerProcess[] = [];
try {
  for (let i = 1; i <= workerCount; i++) workers.push(startWorkerProcess(`bench-w${i}`, env, "scripts/worker.ts", []));
  await waitFor(
    "the workers to start",
    () => workers.every((w) => w.output.some((line) => line.includes(`"msg":"worker started"`))),
    60_000,
  );

  // Long-running workers are warm; a few deadlines first keep one-off start-up costs out of the figures.
  const warm = await createDueEscalations(db, WARM_UP, new Date(), 200, "warm-up");
  await waitFor("the warm-up deadlines", () => settled(db), 60_000);

  const from = new Date(Date.now() + START_AFTER_MS);
  const deadlines = await createDueEscalations(db, timers, from, WINDOW_MS, "bench");
  console.log(
    `bench: ${timers} deadlines due ${from.toISOString()} … ${deadlines.last.toISOString()}, ${workerCount} worker(s)`,
  );
  const fired = () => db.job.count({ where: { key: { in: deadlines.keys }, status: "DONE" } });
  await waitFor(
    "every deadline to fire",
    async () => (await fired()) === timers,
    START_AFTER_MS + WINDOW_MS + 120_000,
  ).catch((error: unknown) => console.log(`bench: ${String(error)}`));
  const jobs = await db.job.findMany({
    where: { key: { in: deadlines.keys } },
    select: { plannedAt: true, firedAt: true, status: true },
  });
  const late = summary(jobs.filter((j) => j.firedAt).map((j) => j.firedAt!.getTime() - j.plannedAt.getTime()));
  await waitFor("their deliveries", () => settled(db), 180_000).catch((error: unknown) =>
    console.log(`bench: ${String(error)}`),
  );
  const sent = await db.delivery.aggregate({
    where: { channel: "EMAIL", status: "SENT", incidentId: { in: deadlines.incidentIds } },
    _count: { _all: true },
    _max: { sentAt: true },
  });
  const drainedMs = (sent._max.sentAt?.getTime() ?? Date.now()) - deadlines.last.getTime();
  console.log(
    `bench: ${sent._count._all} e-mails of the deadlines accepted; the last ${(drainedMs / 1000).toFixed(1)} s after the last deadline`,
  );
  const check = await checkExactlyOnce(
    db,
    [...warm.incidentIds, ...deadlines.incidentIds],
    2,
    smtp.mails,
    new Date(Date.now() + LATER_MS),
  );
  const duplicates = check.duplicatePages + check.duplicateDeliveries + check.emailsDuplicated;
  const lost = timers - jobs.filter((j) => j.status === "DONE").length + check.pagesMissing + check.emailsMissing;
  console.log(
    `bench: pages missing ${check.pagesMissing}, twice ${check.duplicatePages}; deliveries not sent ${check.deliveriesNotSent}; e-mails expected ${check.emailsExpected}, missing ${check.emailsMissing}, twice ${check.emailsDuplicated}`,
  );

  let declareLine = "declare_to_smtp n=0";
  if (declarations > 0) {
    const d = summary(await measureDeclareToSmtp(database.url, smtp, declarations, 100));
    declareLine = `declare_to_smtp n=${d.n} p50_ms=${d.p50} p99_ms=${d.p99} max_ms=${d.max}`;
  }
  const retried = await db.delivery.groupBy({
    by: ["lastError"],
    where: { attempts: { gt: 1 } },
    _count: { _all: true },
  });
  const failures = await db.incidentEvent.findMany({
    where: { kind: "NOTIFICATION_FAILED" },
    select: { message: true },
    take: 3,
  });
  if (failures.length)
    console.log(
      `bench: deliveries that failed against the healthy SMTP server: ${JSON.stringify(retried)}; ${failures.map((f) => f.message).join(" | ")}`,
    );
  const errors = workers.flatMap((w) => w.output.filter((line) => line.includes("failed (attempt")));
  if (errors.length) console.log(`bench: ${errors.length} job error(s) in the workers' logs, e.g. ${errors[0]}`);
  console.log(declareLine);
  console.log(
    `escalation timers=${timers} p50_late_ms=${late.p50} p99_late_ms=${late.p99} max_late_ms=${late.max} duplicates=${duplicates} lost=${lost}`,
  );
} finally {
  await Promise.all(workers.map(stopWorker));
  await smtp.stop();
  await db.$disconnect();
  await database.drop();
}
