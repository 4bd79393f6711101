// npm run bench:api -- [--clients 16] [--duration 20]
// /api/v1 under concurrent clients over real HTTP: Bridge started as `npm start` runs it (build if
// stale, web server and worker; scripts/fault/app-process.ts) on a scratch database, and N clients,
// each with its own all-scopes token, looping for D seconds over a mix of GET list (60 %), GET one
// (25 %) and POST declare with an Idempotency-Key (15 %). Prints per operation: requests and
// p50/p95/p99 in ms; then the totals with the 5xx and 429 counts.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { createFreshDatabase, dropDatabase } from "../db/create-database";
import { appReady, startApp, stopApp } from "../fault/app-process";
import { freePort } from "../test/free-port";
import { percentile } from "./escalation-stats";

const { values } = parseArgs({
  options: { clients: { type: "string", default: "16" }, duration: { type: "string", default: "20" } },
});
const clients = Number(values.clients);
const durationMs = Number(values.duration) * 1000;
const server = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `bridge_bench_api_${process.pid}`;
const url = await createFreshDatabase(server, name);
const app = startApp("bridge", await freePort(), {
  ...process.env,
  DATABASE_URL: url,
  BRIDGE_DEMO_SEED: "0",
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "bench-api-secret-".padEnd(48, "x"),
});

type Op = "list" | "get" | "declare";
const times: Record<Op, number[]> = { list: [], get: [], declare: [] };
const statuses = new Map<number, number>();

try {
  // Includes a production build when the last one is stale.
  await appReady(app, 15 * 60_000);
  // The services read DATABASE_URL once, on first import; start.ts has migrated and seeded it.
  process.env.DATABASE_URL = url;
  const { db } = await import("../../lib/server/db");
  const { TOKEN_SCOPES } = await import("../../lib/domain/token-scopes");
  const { createToken } = await import("../../lib/server/tokens/create");
  const { userCtx } = await import("../../lib/server/context");
  const admin = await db.user.create({ data: { email: "bench@bridge.local", name: "Bench", role: "ADMIN" } });
  const secrets = await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const created = await createToken(userCtx(admin, new Date()), { name: `bench ${i}`, scopes: [...TOKEN_SCOPES] });
      return created.secret;
    }),
  );
  const numbers: number[] = [];

  const request = async (op: Op, secret: string) => {
    const headers: Record<string, string> = { authorization: `Bearer ${secret}` };
    let path = "/api/v1/incidents";
    let init: RequestInit = { headers };
    if (op === "get") path += `/${numbers[Math.floor(Math.random() * numbers.length)]}`;
    if (op === "list") path += "?take=25";
    if (op === "declare") {
      Object.assign(headers, { "content-type": "application/json", "idempotency-key": randomUUID() });
      const body = {
        title: `Bench ${randomUUID().slice(0, 8)}`,
        severity: "SEV3",
        componentSlugs: ["documentation-generation"],
      };
      init = { method: "POST", headers, body: JSON.stringify(body) };
    }
    const started = performance.now();
    const response = await fetch(app.baseUrl + path, init);
    const text = await response.text();
    times[op].push(performance.now() - started);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (op === "declare" && response.status === 201) numbers.push((JSON.parse(text) as { number: number }).number);
  };

  await request("declare", secrets[0]);
  const until = Date.now() + durationMs;
  await Promise.all(
    secrets.map(async (secret) => {
      while (Date.now() < until) {
        const roll = Math.random();
        await request(roll < 0.6 ? "list" : roll < 0.85 ? "get" : "declare", secret);
      }
    }),
  );
  await db.$disconnect();

  let total = 0;
  for (const [op, list] of Object.entries(times)) {
    const sorted = [...list].sort((a, b) => a - b);
    total += sorted.length;
    const p = (q: number) => percentile(sorted, q).toFixed(1);
    console.log(`api op=${op} requests=${sorted.length} p50_ms=${p(50)} p95_ms=${p(95)} p99_ms=${p(99)}`);
  }
  const count = (test: (s: number) => boolean) =>
    [...statuses].filter(([s]) => test(s)).reduce((sum, [, n]) => sum + n, 0);
  console.log(
    `api clients=${clients} duration_s=${durationMs / 1000} requests=${total} rps=${(total / (durationMs / 1000)).toFixed(0)} ` +
      `errors_5xx=${count((s) => s >= 500)} rate_limited_429=${count((s) => s === 429)} statuses=${JSON.stringify(Object.fromEntries(statuses))}`,
  );
} finally {
  await stopApp(app);
  await dropDatabase(server, name);
}
process.exit(0);
