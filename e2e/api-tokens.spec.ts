// An admin issues an API token in the UI; a machine uses it to declare an incident that people
// then see in the console; the token's last use shows; once revoked, the token is refused.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test.use({ storageState: sessionFile("admin") });

async function expectProblem(response: APIResponse, status: number, title: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  expect(await response.json()).toMatchObject({ status, title, errors: expect.any(Object) });
}

test.describe("API tokens", () => {
  let machine: APIRequestContext;

  // A context with no session cookie: the token is the only credential it sends.
  test.beforeEach(async ({ playwright, baseURL }) => {
    machine = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  });
  test.afterEach(() => machine.dispose());

  test("an admin creates a token, a machine declares with it, and revoking it locks the machine out", async ({
    page,
  }) => {
    const name = `alerting-${randomUUID().slice(0, 8)}`;
    const title = `Doc generation failing ${randomUUID().slice(0, 6)}`;
    await gotoReady(page, "/admin/tokens");
    const form = page.getByRole("region", { name: "Create a token" });
    await form.getByLabel("Name", { exact: true }).fill(name);
    await form.getByLabel(/incidents:write/).check();
    await form.getByRole("button", { name: "Create token" }).click();
    await expect(form.getByRole("status")).toHaveText("Token created.");

    const secret = await page.getByLabel("Token secret").inputValue();
    expect(secret).toMatch(/^brg_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("incidents:write");
    await expect(row.getByTestId("last-used")).toHaveText("Never");
    await expect(row).not.toContainText(secret);

    const auth = { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" };
    const declared = await machine.post("/api/v1/incidents", {
      headers: auth,
      data: { title, severity: "SEV2", componentSlugs: ["documentation-generation"] },
    });
    expect(declared.status()).toBe(201);
    const incident = await declared.json();
    expect(incident).toMatchObject({
      title,
      severity: "SEV2",
      status: "INVESTIGATING",
      url: expect.stringMatching(new RegExp(`/incidents/${incident.number}$`)),
    });

    const read = await machine.get(`/api/v1/incidents/${incident.number}`, { headers: auth });
    expect(read.status()).toBe(200);
    expect((await read.json()).title).toBe(title);

    await page.goto(`/incidents?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();

    // The secret is never shown again, and the list now records when the token was used.
    await gotoReady(page, "/admin/tokens");
    await expect(page.getByLabel("Token secret")).toHaveCount(0);
    await expect(page.getByRole("row").filter({ hasText: name }).getByTestId("last-used")).not.toHaveText("Never");

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: `Revoke ${name}` }).click();
    await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Revoked");

    await expectProblem(
      await machine.post("/api/v1/incidents", {
        headers: auth,
        data: { title: `${title} again`, severity: "SEV3", componentSlugs: ["critical-service"] },
      }),
      401,
      "UNAUTHENTICATED",
    );
    await expectProblem(
      await machine.get(`/api/v1/incidents/${incident.number}`, { headers: auth }),
      401,
      "UNAUTHENTICATED",
    );

    await page.goto(`/admin/audit?actor=${encodeURIComponent(`token ${name}`)}&action=incident.declare`);
    await expect(
      page.getByRole("table", { name: "Audit log entries" }).getByRole("row").filter({ hasText: "incident.declare" }),
    ).toHaveCount(1);
  });

  test("a read-only token may read but not declare; no token and a garbage token are 401", async ({ page }) => {
    const name = `dashboard-${randomUUID().slice(0, 8)}`;
    await gotoReady(page, "/admin/tokens");
    const form = page.getByRole("region", { name: "Create a token" });
    await form.getByLabel("Name", { exact: true }).fill(name);
    await form.getByLabel(/incidents:read/).check();
    await form.getByLabel("Expires", { exact: true }).selectOption("7");
    await form.getByRole("button", { name: "Create token" }).click();
    const secret = await page.getByLabel("Token secret").inputValue();
    const auth = { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" };
    const body = { title: "Read-only tokens cannot declare", severity: "SEV3", componentSlugs: ["critical-service"] };

    expect((await machine.get("/api/v1/incidents", { headers: auth })).status()).toBe(200);
    await expectProblem(await machine.post("/api/v1/incidents", { headers: auth, data: body }), 403, "FORBIDDEN");
    await expectProblem(await machine.post("/api/v1/incidents", { data: body }), 401, "UNAUTHENTICATED");
    await expectProblem(
      await machine.post("/api/v1/incidents", {
        headers: { ...auth, Authorization: "Bearer brg_garbage" },
        data: body,
      }),
      401,
      "UNAUTHENTICATED",
    );

    const doc = await machine.get("/api/v1/openapi.json");
    expect(doc.status()).toBe(200);
    expect(Object.keys((await doc.json()).paths)).toEqual(
      expect.arrayContaining(["/api/v1/incidents/{number}/acknowledge", "/api/v1/incidents/{number}/timeline"]),
    );
  });
});
