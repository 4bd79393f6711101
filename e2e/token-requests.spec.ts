// An admin sees what a token did: each API request it made, with its status, on the token's page.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test.use({ storageState: sessionFile("admin") });

test("a token's page lists its requests, refused ones included", async ({ page, playwright, baseURL }) => {
  const name = `reader-${randomUUID().slice(0, 8)}`;
  await gotoReady(page, "/admin/tokens");
  const form = page.getByRole("region", { name: "Create a token" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel(/incidents:read/).check();
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByRole("status")).toHaveText("Token created.");
  const secret = await page.getByLabel("Token secret").inputValue();

  const machine = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const headers = { Authorization: `Bearer ${secret}` };
  expect((await machine.get("/api/v1/incidents", { headers })).status()).toBe(200);
  const refused = await machine.post("/api/v1/incidents", {
    headers: { ...headers, "Content-Type": "application/json" },
    data: { title: "Not allowed", severity: "SEV3", componentSlugs: ["ci-cd-pipeline"] },
  });
  expect(refused.status()).toBe(403);
  const requestId = refused.headers()["x-request-id"];
  await machine.dispose();

  await gotoReady(page, "/admin/tokens");
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name: `Token ${name}` })).toBeVisible();
  const table = page.getByRole("table", { name: `Requests made with the token ${name}` });
  await expect(table.getByRole("row").filter({ hasText: "GET /api/v1/incidents" })).toContainText("200");
  const denied = table.getByRole("row").filter({ hasText: "POST /api/v1/incidents" });
  await expect(denied).toContainText("403");
  await expect(denied).toContainText(requestId);
  await expect(page.getByText("2 requests on record, 1 refused or failed.")).toBeVisible();
});
