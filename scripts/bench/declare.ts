// npm run bench:declare -- [--rate R] [--duration S] [--severity SEV1]
// Declare → first e-mail over real HTTP: starts Bridge exactly as `npm start` does (scripts/start.ts:
// migrate, seed if empty, build if stale, web server and worker) on DATABASE_URL, with its own SMTP
// receiver as SMTP_HOST; issues an API token for the seeded admin; then POSTs /api/v1/incidents
// R times a second (default 20) for S seconds (default 30), each on its own schedule whatever the
// answers take. Measured per incident: from the call until the SMTP receiver accepted its first
// e-mail (a page or an immediate notification). The last line:
// declare rate=R n=N p50_ms=… p99_ms=… errors_5xx=…
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { startSmtpReceiver } from "../fault/smtp-receiver";
import { sleep, waitFor } from "../fault/harness";
import { freePort } from "../test/free-port";
import { firstMailAt } from "./declare-to-smtp";
import { summary } from "./escalation-stats";

const { values } = parseArgs({
  options: {
    rate: { type: "string", default: "20" },
    duration: { type: "string", default: "30" },
    severity: { type: "string", default: "SEV1" },
    component: { type: "string", default: "critical-service" },
  },
});
const rate = Number(values.rate);
const durationS = Number(values.duration);
const url = process.env.DATABASE_URL?.trim();
if (!url || !(rate > 0) || !(durationS > 0)) {
  console.error("usage: DATABASE_URL=postgresql://… npm run bench:declare -- [--rate 20] [--duration 30]");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "../..");

const smtp = await startSmtpReceiver(await freePort());
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/start.ts")], {
  cwd: root,
  stdio: ["ignore", "pipe", "pipe"],
  env: {
    ...process.env,
    DATABASE_URL: url,
    PORT: String(port),
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "bench-declare-secret-".padEnd(48, "x"),
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: "false",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
const serverLog: string[] = [];
for (const stream of [server.stdout, server.stderr])
  stream.on("data", (chunk: Buffer) => serverLog.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));

type Declared = { at: number; answeredAt: number; status: number; id: string | null };

try {
  await waitFor(
    "Bridge to answer (it may build first)",
    async () => {
      if (server.exitCode !== null) throw new Error(`Bridge exited:\n${serverLog.slice(-20).join("\n")}`);
      return fetch(`${base}/login`).then(
        (r) => r.status < 500,
        () => false,
      );
    },
    15 * 60_000,
  );
  // The services read DATABASE_URL once, on first import.
  process.env.DATABASE_URL = url;
  const { db } = await import("../../lib/server/db");
  const { createToken } = await import("../../lib/server/tokens/create");
  const { userCtx } = await import("../../lib/server/context");
  const admin = await db.user.findFirstOrThrow({
    where: { role: "ADMIN", active: true },
    orderBy: { createdAt: "asc" },
  });
  const { secret } = await createToken(userCtx(admin, new Date()), {
    name: `bench-declare-${process.pid}`,
    scopes: ["incidents:write"],
  });

  const declare = async (title: string): Promise<Declared> => {
    const at = Date.now();
    try {
      const response = await fetch(`${base}/api/v1/incidents`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({
          title,
          severity: values.severity,
          componentSlugs: [values.component],
          impact: "Benchmark",
        }),
        signal: AbortSignal.timeout(120_000),
      });
      const body = (await response.json().catch(() => null)) as { id?: string } | null;
      return { at, answeredAt: Date.now(), status: response.status, id: response.ok ? (body?.id ?? null) : null };
    } catch {
      // No answer within the client's patience (or no connection): not a 5xx, but no incident either.
      return { at, answeredAt: Date.now(), status: 0, id: null };
    }
  };

  // A few first, not counted: the first call of each route and query shape pays a one-off compilation.
  for (let i = 0; i < 3; i++) await declare(`Warm-up declaration ${i + 1}`);

  const n = Math.round(rate * durationS);
  const start = Date.now() + 100;
  console.log(`bench: declaring ${n} ${values.severity} incidents over HTTP at ${rate}/s`);
  const declared = await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      await sleep(Math.max(0, start + (i * 1000) / rate - Date.now()));
      return declare(`Bench declaration ${i + 1}`);
    }),
  );
  const ok = declared.filter((d): d is Declared & { id: string } => d.id !== null);

  const firstMails = () =>
    firstMailAt(
      db,
      smtp,
      ok.map((d) => d.id),
    );
  await waitFor(
    "a first e-mail for every declared incident",
    async () => (await firstMails()).size === ok.length,
    300_000,
  ).catch((error: unknown) => console.log(`bench: ${String(error)}`));
  const first = await firstMails();
  const latencies = ok.filter((d) => first.has(d.id)).map((d) => first.get(d.id)! - d.at);
  const errors5xx = declared.filter((d) => d.status >= 500).length;
  const unanswered = declared.filter((d) => d.status === 0).length;
  const s = summary(latencies);
  // Where the time goes: until the API answered (the declaration committed), then until the first e-mail.
  const answered = summary(ok.map((d) => d.answeredAt - d.at));
  const afterAnswer = summary(ok.filter((d) => first.has(d.id)).map((d) => first.get(d.id)! - d.answeredAt));
  console.log(
    `bench: API answered p50 ${answered.p50} ms, p99 ${answered.p99} ms; first e-mail after the answer p50 ${afterAnswer.p50} ms, p99 ${afterAnswer.p99} ms`,
  );
  const statuses = [...new Set(declared.map((d) => d.status))].sort().join(", ");
  console.log(
    `bench: ${declared.length} calls (statuses ${statuses}), ${unanswered} unanswered within 120 s, ${ok.length} answered 201, ${ok.length - latencies.length} of them without an e-mail; ${smtp.mails.length} e-mails accepted; slowest first e-mail ${s.max} ms`,
  );
  await db.$disconnect();
  console.log(`declare rate=${rate} n=${s.n} p50_ms=${s.p50} p99_ms=${s.p99} errors_5xx=${errors5xx}`);
} finally {
  server.kill("SIGTERM");
  await Promise.race([exited, sleep(20_000)]);
  if (server.exitCode === null) server.kill("SIGKILL");
  await smtp.stop();
}
