// A database that went away or went silent: requests through apiHandler answer 503 with
// Retry-After and a plain message within seconds, and the next call succeeds once it is back.
// A short connect timeout still lets a burst wait its turn for a pooled connection.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDbProxy, type DbProxy } from "@/scripts/test/db-proxy";

const BASE = "http://localhost:3000/api/v1/incidents";
let proxy: DbProxy;
let secret: string;
let declareRoute: typeof import("@/app/api/v1/incidents/route").POST;
let actionFailure: typeof import("./errors").actionFailure;
let db: typeof import("./db").db;
let isDatabaseUnavailable: typeof import("./db-unavailable").isDatabaseUnavailable;

beforeAll(async () => {
  proxy = await startDbProxy(process.env.DATABASE_URL!);
  // Read when lib/server/env is first imported, hence the imports below: every query goes through the proxy.
  process.env.DATABASE_URL = proxy.url;
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = "1500";
  process.env.DATABASE_CONNECT_TIMEOUT_MS = "1500";
  ({ POST: declareRoute } = await import("@/app/api/v1/incidents/route"));
  ({ actionFailure } = await import("./errors"));
  ({ db } = await import("./db"));
  ({ isDatabaseUnavailable } = await import("./db-unavailable"));
  const { createToken } = await import("./tokens/create");
  const { createTestUser, ctxOf } = await import("@/scripts/test/fixtures");
  const admin = await createTestUser("ADMIN");
  ({ secret } = await createToken(ctxOf(admin), { name: `outage-${Date.now()}`, scopes: ["incidents:write"] }));
});

afterAll(async () => {
  await proxy.close();
});

async function declareOverHttp() {
  const started = Date.now();
  const response = await declareRoute(
    new Request(BASE, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({
        title: `Outage ${Math.random().toString(36).slice(2, 8)}`,
        severity: "SEV3",
        componentSlugs: ["documentation-generation"],
      }),
    }),
    { params: Promise.resolve({}) },
  );
  return { response, ms: Date.now() - started };
}

async function expectUnavailable(within: number) {
  const { response, ms } = await declareOverHttp();
  console.log(`database fault answered ${response.status} in ${ms} ms`);
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("5");
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = (await response.json()) as { title: string; detail: string };
  expect(body.title).toBe("UNAVAILABLE");
  expect(body.detail).toMatch(/database is not reachable right now/);
  expect(ms).toBeLessThan(within);
}

describe("database unavailable", () => {
  it("answers 503 with Retry-After while the database refuses connections, then recovers", async () => {
    expect((await declareOverHttp()).response.status).toBe(201);
    proxy.down();
    await expectUnavailable(3000);
    await expectUnavailable(3000);
    proxy.up();
    expect((await declareOverHttp()).response.status).toBe(201);
  });

  it("answers 503 within seconds while the database is silent, instead of hanging", async () => {
    expect((await declareOverHttp()).response.status).toBe(201);
    proxy.stall();
    await expectUnavailable(8000);
    proxy.up();
    // The link reset closes the pool's stalled connections; the pool notices on its next tick.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await declareOverHttp()).response.status).toBe(201);
  }, 20_000);

  it("gives a form the same plain message and no 500 reference", async () => {
    proxy.down();
    const failure = await db.user.count().then(
      () => null,
      (error: unknown) => actionFailure(error),
    );
    proxy.up();
    expect(failure).toMatchObject({ ok: false, message: expect.stringMatching(/database is not reachable right now/) });
    expect(failure?.message).not.toMatch(/Reference/);
    expect(await db.user.count()).toBeGreaterThan(0);
  });

  it("does not take a database's answer for an outage", async () => {
    const [user] = await db.user.findMany({ take: 1 });
    const duplicate = await db.user.create({ data: { email: user.email, name: "Twin" } }).catch((e: unknown) => e);
    const slow = await db.$queryRaw`SELECT pg_sleep(3)`.catch((e: unknown) => e);
    expect(duplicate).toMatchObject({ code: "P2002" });
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(new Error("Can't reach database server"))).toBe(false);
    // A statement cut by the server's statement timeout is the database being too slow: an outage.
    expect(isDatabaseUnavailable(slow)).toBe(true);
  }, 10_000);

  it("bounds a wait for a pooled connection by maxWait, not by the short connect timeout", async () => {
    proxy.setLatency(40);
    const answers = await Promise.all(Array.from({ length: 50 }, () => declareOverHttp()));
    proxy.setLatency(0);
    const slowest = Math.max(...answers.map((a) => a.ms));
    console.log(`50 at once behind 40 ms: slowest ${slowest} ms with a 1500 ms connect timeout`);
    expect(slowest).toBeGreaterThan(1500);
    expect(answers.map((a) => a.response.status)).toEqual(Array(50).fill(201));
  }, 60_000);
});
