// The web server's guard over real sockets and a real PostgreSQL behind a TCP proxy: pages pass
// while the database answers; with the proxy down or stalled, a page request gets the plain 503
// within seconds, API and asset requests still reach the application, and pages come back with it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDbProxy, type DbProxy } from "./test/db-proxy";
import { createDatabaseProbe, guardPages, RETRY_AFTER_S, type DatabaseProbe } from "./database-guard";

let proxy: DbProxy;
let probe: DatabaseProbe;
let server: http.Server;
const TIMEOUT_MS = 1_000;

beforeAll(async () => {
  proxy = await startDbProxy(process.env.DATABASE_URL!);
  probe = createDatabaseProbe(proxy.url, { timeoutMs: TIMEOUT_MS, upForMs: 200, downForMs: 200 });
  // The application behind the guard; it answers what it was asked, so a test sees who answered.
  server = http.createServer((req, res) => {
    void guardPages(probe, req, res, async () => {
      res.writeHead(200, { "content-type": "text/plain" }).end(`app ${req.url}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  proxy.up();
  await probe?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await proxy?.close();
});

async function get(path: string, headers: Record<string, string> = { accept: "text/html,*/*" }) {
  const { port } = server.address() as AddressInfo;
  const started = Date.now();
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: await response.text(),
    ms: Date.now() - started,
  };
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("pages while the database is unreachable", () => {
  it("serves pages while the database answers", async () => {
    expect(await get("/incidents")).toMatchObject({ status: 200, body: "app /incidents" });
  });

  it("answers a page with the plain 503 when the database is down, and passes API and asset requests on", async () => {
    proxy.down();
    await until(async () => (await get("/incidents")).status === 503);
    const page = await get("/incidents/12?tab=timeline");
    expect(page.status).toBe(503);
    expect(page.retryAfter).toBe(String(RETRY_AFTER_S));
    expect(page.body).toContain("Bridge cannot reach its database — retrying");
    expect(page.body).toContain('name="viewport"');
    expect(await get("/api/v1/incidents")).toMatchObject({ status: 200, body: "app /api/v1/incidents" });
    expect(await get("/_next/static/chunks/app.js")).toMatchObject({ status: 200 });
    expect(await get("/incidents", { accept: "text/x-component", rsc: "1" })).toMatchObject({ status: 200 });
  });

  it("answers within seconds when the database stalls instead of hanging the request", async () => {
    proxy.up();
    await until(async () => (await get("/")).status === 200);
    proxy.stall();
    await until(async () => (await get("/")).status === 503);
    const page = await get("/");
    expect(page.status).toBe(503);
    expect(page.ms).toBeLessThan(TIMEOUT_MS + 2_000);
  });

  it("serves pages again as soon as the database is back", async () => {
    proxy.up();
    await until(async () => (await get("/incidents")).status === 200);
    expect(await get("/incidents")).toMatchObject({ status: 200, body: "app /incidents" });
  });
});
