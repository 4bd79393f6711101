// A burst of declarations queues for connections instead of failing: 50 declareIncident calls
// started at 20/s, with 40 ms added to every database round trip, all succeed on the default
// pool and transaction settings (a 10-connection pool with Prisma's 2 s maxWait lost a third).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDbProxy, type DbProxy } from "@/scripts/test/db-proxy";

const COUNT = 50;
const RATE_PER_S = 20;
let proxy: DbProxy;

beforeAll(async () => {
  proxy = await startDbProxy(process.env.DATABASE_URL!);
  // Read when lib/server/env is first imported, hence the dynamic imports in the test.
  process.env.DATABASE_URL = proxy.url;
});

afterAll(async () => {
  await proxy.close();
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

describe.each([0, 40])("a burst of declarations with %i ms of database latency", (LATENCY_MS) => {
  it(`declares ${COUNT} incidents at ${RATE_PER_S}/s, none failing`, async () => {
    const { users, declare, marker } = await import("./incidents/test-fixtures");
    const [commander] = await users("COMMANDER");
    proxy.setLatency(LATENCY_MS);
    const started = Date.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: COUNT }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, (i * 1000) / RATE_PER_S));
        const t = Date.now();
        await declare(commander, { title: `Burst ${i} ${marker()}`, severity: "SEV1" });
        return Date.now() - t;
      }),
    );
    const failures = outcomes.flatMap((o) => (o.status === "rejected" ? [String(o.reason).slice(0, 200)] : []));
    const ms = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : [])).sort((a, b) => a - b);
    console.log(
      `burst n=${COUNT} rate=${RATE_PER_S}/s latency=${LATENCY_MS}ms ok=${ms.length} failed=${failures.length} ` +
        `p50_ms=${percentile(ms, 0.5)} p99_ms=${percentile(ms, 0.99)} total_ms=${Date.now() - started}`,
    );
    expect(failures).toEqual([]);
  }, 120_000);
});
