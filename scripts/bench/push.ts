// npm run bench:push -- [N] [--interval MS]
// Declare → push accepted: on a fresh database with one `npm run worker` process, the people the
// seeded policy pages first for a SEV1 each subscribe a browser to a real push service on this
// machine (scripts/test/push-receiver.ts: it checks the VAPID signature and decrypts every push).
// N incidents (default 100) are declared through the real service, one every MS (default 100);
// measured per incident: from the call until the push service accepted its first push.
// The last line: push n=N p50_ms=… p95_ms=… p99_ms=… max_ms=… failed_checks=…
import { parseArgs } from "node:util";
import { freshDatabase } from "../fault/database";
import { benchWorkerEnv, sleep, startWorkerProcess, stopWorker, waitFor, workerStarted } from "../fault/harness";
import { startSmtpReceiver } from "../fault/smtp-receiver";
import { freePort } from "../test/free-port";
import { startPushReceiver } from "../test/push-receiver";
import { percentile } from "./escalation-stats";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { interval: { type: "string", default: "100" } },
});
const count = Number(positionals[0] ?? 100);
const intervalMs = Number(values.interval);
const WARM_UP = 5;

const database = await freshDatabase(`bridge_bench_push_${process.pid}`);
const smtp = await startSmtpReceiver(await freePort());
const push = await startPushReceiver();
const env = benchWorkerEnv(database.url, smtp.port);
// The services read the environment once, on first import: this process declares like the app does.
Object.assign(process.env, env);
const { db } = await import("../../lib/server/db");
const { declareIncident } = await import("../../lib/server/incidents/declare");
const { userCtx } = await import("../../lib/server/context");
const { subscribePush } = await import("../../lib/server/push/subscribe");
const { readSnapshot } = await import("../../lib/domain/escalation-snapshot");

const worker = startWorkerProcess("bench-push", env, "scripts/worker.ts", []);
try {
  await workerStarted(worker);
  const commander = await db.user.findUniqueOrThrow({ where: { email: "commander@bridge.local" } });
  const component = await db.component.findUniqueOrThrow({ where: { slug: "critical-service" } });
  const declare = async (title: string) => {
    const at = Date.now();
    const input = { title, severity: "SEV1" as const, componentIds: [component.id], impact: "Benchmark" };
    const incident = await declareIncident(userCtx(commander, new Date(at)), input);
    return { number: incident.number, id: incident.id, at };
  };

  // Whoever the policy pages first subscribes a browser (the first declaration only shows who that is).
  const probe = await declare("Who is paged first");
  const row = await db.incident.findUniqueOrThrow({ where: { id: probe.id } });
  const paged = readSnapshot(row.escalationSnapshot)!.levels[0].targets.flatMap((t) => (t.userId ? [t.userId] : []));
  for (const userId of paged) {
    const person = await db.user.findUniqueOrThrow({ where: { id: userId } });
    await subscribePush(userCtx(person), { ...push.subscribe(), userAgent: "Bench/1 (Linux) Chrome/131.0" });
  }
  console.log(`bench: ${paged.length} person(s) paged first, each with one subscribed browser`);

  const firstPushAt = () => {
    const first = new Map<number, number>();
    for (const p of push.pushes) {
      const n = (p.payload as { incidentNumber?: number } | null)?.incidentNumber;
      if (n !== undefined && p.status < 300 && p.at < (first.get(n) ?? Infinity)) first.set(n, p.at);
    }
    return first;
  };
  async function run(n: number, label: string) {
    const declared: Awaited<ReturnType<typeof declare>>[] = [];
    for (let i = 0; i < n; i++) {
      const d = await declare(`${label} ${i + 1}`);
      declared.push(d);
      await sleep(Math.max(0, d.at + intervalMs - Date.now()));
    }
    await waitFor(
      `a push for every ${label.toLowerCase()}`,
      () => declared.every((d) => firstPushAt().has(d.number)),
      120_000,
    );
    const first = firstPushAt();
    return declared.map((d) => first.get(d.number)! - d.at);
  }

  await run(WARM_UP, "Warm-up declaration");
  const latencies = (await run(count, "Bench declaration")).sort((a, b) => a - b);
  const failed = push.pushes.filter((p) => p.error !== null);
  if (failed.length) console.log(`bench: ${failed.length} push(es) failed a check, e.g. ${failed[0].error}`);
  const [p50, p95, p99] = [50, 95, 99].map((p) => Math.round(percentile(latencies, p)));
  console.log(`bench: ${push.pushes.length} pushes accepted or refused; ${smtp.mails.length} e-mails beside them`);
  console.log(
    `push n=${latencies.length} p50_ms=${p50} p95_ms=${p95} p99_ms=${p99} max_ms=${latencies.at(-1)} failed_checks=${failed.length}`,
  );
} finally {
  await stopWorker(worker);
  await db.$disconnect();
  await Promise.all([smtp.stop(), push.stop()]);
  await database.drop();
}
