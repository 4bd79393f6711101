// An admin adds an Alertmanager source in the browser and copies its key; Alertmanager posts a
// firing alert with it; the source's event log links the incident it declared. Others are refused.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test.describe("inbound alerts", () => {
  test.use({ storageState: sessionFile("admin") });

  test("an admin creates an Alertmanager source, an alert declares an incident, the event log links it", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const name = `prometheus-${randomUUID().slice(0, 8)}`;
    const summary = `Docs 5xx above 5% ${randomUUID().slice(0, 6)}`;
    await gotoReady(page, "/admin/integrations");
    const form = page.getByRole("region", { name: "Add a source" });
    await form.getByLabel(/Prometheus Alertmanager/).check();
    await form.getByLabel("Name", { exact: true }).fill(name);
    await form.getByLabel("Documentation Generation").check();
    await form.getByRole("button", { name: "Create source" }).click();

    const key = await page.getByLabel("Integration key", { exact: true }).inputValue();
    expect(key).toMatch(/^brs_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    const snippet = page.getByLabel("Alertmanager configuration", { exact: true });
    await expect(snippet).toContainText(`credentials: ${key}`);
    await expect(snippet).toContainText("/api/v1/alerts/alertmanager");
    await expect(page.getByRole("row").filter({ hasText: name })).not.toContainText(key);

    // Alertmanager sends no cookie: the key is its only credential.
    const alertmanager = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const sent = await alertmanager.post("/api/v1/alerts/alertmanager", {
      headers: { Authorization: `Bearer ${key}` },
      data: {
        version: "4",
        groupKey: `{}:{alertname="DocsErrors",run="${name}"}`,
        status: "firing",
        receiver: "bridge",
        groupLabels: { alertname: "DocsErrors" },
        commonLabels: {},
        commonAnnotations: {},
        externalURL: "http://alertmanager.example",
        alerts: [
          {
            status: "firing",
            labels: { alertname: "DocsErrors", severity: "critical" },
            annotations: { summary, description: "The docs API answers 5xx" },
            startsAt: new Date().toISOString(),
            endsAt: "0001-01-01T00:00:00Z",
            generatorURL: "http://prometheus.example/graph",
            fingerprint: randomUUID().slice(0, 16),
          },
        ],
      },
    });
    expect(sent.status()).toBe(200);
    expect(sent.headers()["ratelimit-limit"]).toBeUndefined();
    const receipt = await sent.json();
    expect(receipt.outcomes[0].outcome).toBe("declared");
    await alertmanager.dispose();

    await gotoReady(page, "/admin/integrations");
    await page.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    const row = page.getByRole("row").filter({ hasText: "Declared" });
    await expect(row).toContainText(summary);
    await row.getByRole("link", { name: new RegExp(summary) }).click();
    await expect(page).toHaveURL(new RegExp(`/incidents/${receipt.outcomes[0].incident.number}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(summary);
    await expect(page.getByText(`integration ${name}`).first()).toBeVisible();
  });

  test("the page fits a 360 px screen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await gotoReady(page, "/admin/integrations");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("inbound alerts for a commander", () => {
  test.use({ storageState: sessionFile("commander") });

  test("is refused the page", async ({ page }) => {
    const response = await page.goto("/admin/integrations");
    expect(response?.status()).toBe(403);
  });
});
