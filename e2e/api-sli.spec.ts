// Monitoring pushes SLI samples over real HTTP with a token an admin made for it: a partly bad
// batch keeps its good samples and names the bad fields, a resend is all duplicates, a batch
// with nothing storable is 422, a token without the scope is 403; replication lag likewise.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test.use({ storageState: sessionFile("admin") });

test.describe("POST /api/v1/sli", () => {
  let machine: APIRequestContext;

  test.beforeEach(async ({ playwright, baseURL }) => {
    machine = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  });
  test.afterEach(() => machine.dispose());

  async function createToken(page: import("@playwright/test").Page, scope: RegExp): Promise<string> {
    await gotoReady(page, "/admin/tokens");
    const form = page.getByRole("region", { name: "Create a token" });
    await form.getByLabel("Name", { exact: true }).fill(`monitor-${randomUUID().slice(0, 8)}`);
    await form.getByLabel(scope).check();
    await form.getByRole("button", { name: "Create token" }).click();
    await expect(form.getByRole("status")).toHaveText("Token created.");
    return page.getByLabel("Token secret").inputValue();
  }

  test("a token with sli:write pushes samples and replication lag; one without is refused", async ({ page }) => {
    const secret = await createToken(page, /sli:write/);
    const headers = { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" };
    // A whole minute a little in the past, with a random second so reruns do not collide.
    const at = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 2 * 60_000 + Math.floor(Math.random() * 59) * 1000);
    const samples = [
      { slo: "availability", at: at.toISOString(), good: 998, total: 1000 },
      { slo: "availability", at: at.toISOString(), good: 1001, total: 1000 },
      { slo: "no-such-slo", at: at.toISOString(), good: 1, total: 1 },
      { slo: "latency-p95", at: at.toISOString(), good: 990, total: 1000, latencyP95Ms: 1450 },
    ];

    const first = await machine.post("/api/v1/sli", { headers, data: { samples } });
    expect(first.status()).toBe(200);
    const body = await first.json();
    expect(body.refused.map((r: { field: string }) => r.field)).toEqual(["samples[1].good", "samples[2].slo"]);
    expect(body.accepted + body.duplicates).toBe(2);

    const again = await machine.post("/api/v1/sli", { headers, data: { samples: [samples[0], samples[3]] } });
    expect(await again.json()).toEqual({ accepted: 0, duplicates: 2, refused: [] });

    const allBad = await machine.post("/api/v1/sli", { headers, data: { samples: [samples[1]] } });
    expect(allBad.status()).toBe(422);
    expect(allBad.headers()["content-type"]).toContain("application/problem+json");
    expect((await allBad.json()).errors).toEqual({ "samples[0].good": ["good (1001) exceeds total (1000)"] });

    const lag = await machine.post("/api/v1/replication-lag", {
      headers,
      data: { asset: "code-repository", lagSeconds: 1.5 },
    });
    expect(lag.status()).toBe(200);
    expect(await lag.json()).toMatchObject({ asset: "code-repository", lagSeconds: 1.5, stored: true });

    const reader = await createToken(page, /incidents:read/);
    const refused = await machine.post("/api/v1/sli", {
      headers: { ...headers, Authorization: `Bearer ${reader}` },
      data: { samples: [samples[0]] },
    });
    expect(refused.status()).toBe(403);
  });
});
