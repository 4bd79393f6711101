// The incident bridge end to end: a commander declares a SEV1, a responder watching the list
// sees it appear live, the escalation countdown runs, the responder's acknowledgement stops it,
// and the immediate notification reaches the SMTP server.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test("declare a SEV1, watch it live, acknowledge, and the immediate notification is delivered", async ({ browser }) => {
  test.setTimeout(90_000);
  const commander = await browser.newContext({ storageState: sessionFile("commander") });
  const responder = await browser.newContext({ storageState: sessionFile("responder") });
  const admin = await browser.newContext({ storageState: sessionFile("admin") });
  const title = `Registry outage ${randomUUID().slice(0, 8)}`;
  const impact = `Image pulls fail everywhere (${randomUUID().slice(0, 8)}).`;

  const watcher = await responder.newPage();
  await gotoReady(watcher, "/incidents");
  await expect(watcher.getByRole("heading", { level: 1, name: "Incidents" })).toBeVisible();

  const page = await commander.newPage();
  await gotoReady(page, "/incidents");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("d");
  const dialog = page.getByRole("dialog", { name: "Declare an incident" });
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByRole("radio", { name: /SEV1/ }).check();
  await dialog.getByRole("checkbox", { name: /Critical Service/ }).check();
  await dialog.getByLabel(/Impact/).fill(impact);
  await dialog.getByRole("button", { name: "Declare", exact: true }).click();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);

  // The responder's list shows the new incident without a reload.
  const link = watcher.getByRole("link", { name: title });
  await expect(link).toBeVisible({ timeout: 3000 });
  await link.click();
  await expect(watcher.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Once the primary is paged, the countdown to the secondary (15 min) runs.
  const countdown = watcher
    .getByRole("region", { name: "Escalation" })
    .getByRole("timer", { name: /^Next escalation: due in / });
  await expect(countdown).toHaveText(/^1[45]:\d\d$/, { timeout: 15_000 });
  const first = await countdown.textContent();
  await expect.poll(() => countdown.textContent(), { timeout: 5000 }).not.toBe(first);

  await watcher.getByRole("button", { name: "Acknowledge" }).click();
  await expect(watcher.getByRole("region", { name: "Escalation" }).getByText(/escalation stopped/)).toBeVisible();
  await expect(countdown).toBeHidden();
  // The commander's page learns of it live too.
  await expect(page.getByRole("region", { name: "Escalation" }).getByText(/escalation stopped/)).toBeVisible({
    timeout: 3000,
  });

  // The immediate SEV1 notification to the CTO was handed to SMTP and received.
  const deliveries = page.getByRole("region", { name: "Deliveries" });
  await expect(deliveries.getByRole("row").filter({ hasText: "cto@company.com" }).first()).toContainText("Sent", {
    timeout: 15_000,
  });
  const mail = await admin.newPage();
  await mail.goto("/admin/mail");
  const message = mail.getByRole("listitem").filter({ hasText: impact }).filter({ hasText: "cto@company.com" });
  await expect(message).toContainText("INCIDENT ALERT: OpenAPI Documentation Generator Service Disruption");
  await expect(message).toContainText("Severity: SEV1 (critical)");

  await Promise.all([commander.close(), responder.close(), admin.close()]);
});
