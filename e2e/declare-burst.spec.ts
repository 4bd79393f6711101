// A burst over real HTTP: 50 declarations at 20/s through POST /api/v1/incidents on the running
// server all answer 201 — they queue for database connections instead of failing with 5xx.
import { expect, test } from "@playwright/test";
import { sessionFile } from "./fixtures";

const COUNT = 50;
const RATE_PER_S = 20;

test("50 declarations at 20/s over HTTP all succeed", async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const commander = await playwright.request.newContext({
    baseURL,
    storageState: sessionFile("commander"),
    extraHTTPHeaders: { origin: baseURL! },
  });
  const run = Math.random().toString(36).slice(2, 8);
  const results = await Promise.all(
    Array.from({ length: COUNT }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, (i * 1000) / RATE_PER_S));
      const started = Date.now();
      const response = await commander.post("/api/v1/incidents", {
        data: { title: `Burst ${run} #${i}`, severity: "SEV3", componentSlugs: ["documentation-generation"] },
        timeout: 60_000,
      });
      return { status: response.status(), ms: Date.now() - started };
    }),
  );
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const at = (p: number) => ms[Math.ceil(p * ms.length) - 1];
  const statuses = results.map((r) => r.status);
  console.log(
    `declare burst over HTTP n=${COUNT} rate=${RATE_PER_S}/s p50_ms=${at(0.5)} p99_ms=${at(0.99)} ` +
      `errors_5xx=${statuses.filter((s) => s >= 500).length}`,
  );
  expect(statuses).toEqual(Array(COUNT).fill(201));
  await commander.dispose();
});
