// /dr/backups: a responder-level check recorded by hand brings a breached data asset back within
// its RPO; a commander edits a policy (a field error keeps what was typed); the page fits a 360 px
// screen and passes axe. Other specs share the database but none touches backups: the seeded
// Generated Documentation asset is the one breached (prisma/seed-demo-backups.ts).
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test.describe.configure({ timeout: 120_000 });
test.use({ storageState: sessionFile("commander"), viewport: { width: 360, height: 800 } });

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test("recording a good backup by hand brings the breached asset back within its RPO", async ({ page }) => {
  await gotoReady(page, "/dr/backups");
  const asset = page.getByRole("listitem", { name: "Generated Documentation" });
  await expect(asset).toContainText("RPO breached");
  await expect(asset).toContainText(/Last verified \d+ h ago, RPO 1 h/);

  const policy = page.getByRole("article", { name: /Generated documentation/ });
  await policy.getByText("Record a verification of Generated documentation").click();
  const note = `Restored into staging ${randomUUID().slice(0, 8)}`;
  // A time far ahead is refused next to the field, and the note typed is kept.
  await policy.getByLabel("Verified at (UTC)").fill("2099-01-01T00:00");
  await policy.getByLabel("Note").fill(note);
  await policy.getByRole("button", { name: "Record verification" }).click();
  await expect(policy.getByText(/in the future; check the clock/)).toBeVisible();
  await expect(policy.getByLabel("Note")).toHaveValue(note);

  await policy.getByLabel("Verified at (UTC)").fill(new Date().toISOString().slice(0, 16));
  await policy.getByRole("button", { name: "Record verification" }).click();
  await expect(policy.getByText("Verification recorded.")).toBeVisible();
  await expect(asset).toContainText("Within RPO");
  await expect(asset).toContainText(/Last verified \d+ min ago, RPO 1 h/);

  await policy.getByText(/^History of Generated documentation/).click();
  const history = policy.getByRole("table", { name: "Verifications of Generated documentation" });
  await expect(history.getByRole("row").filter({ hasText: note })).toContainText("manual:commander@bridge.local");

  expect(await fits(page)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
});

test("a commander edits a policy; a field error keeps what was typed", async ({ page }) => {
  await gotoReady(page, "/dr/backups");
  const policy = page.getByRole("article", { name: /Performance baselines/ });
  await policy.getByText("Edit Performance baselines").click();
  const retention = `${Math.floor(Math.random() * 900) + 100} days`;
  await policy.getByLabel("Retention").fill(retention);
  await policy.getByLabel("Location").fill("x".repeat(130));
  await policy.getByRole("button", { name: "Save policy" }).click();
  await expect(policy.getByText("At most 120 characters")).toBeVisible();
  await expect(policy.getByLabel("Retention")).toHaveValue(retention);

  await policy.getByLabel("Location").fill("Object storage, eu-west");
  await policy.getByRole("button", { name: "Save policy" }).click();
  await expect(policy.getByText("Policy saved.")).toBeVisible();
  const facts = policy.getByRole("definition");
  await expect(facts.filter({ hasText: retention })).toBeVisible();
  await expect(facts.filter({ hasText: "Object storage, eu-west" })).toBeVisible();

  expect(await fits(page)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
});
