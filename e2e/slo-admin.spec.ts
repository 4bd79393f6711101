// An admin tunes an SLO's alerting and adds a health check: a bad value is refused next to its
// field, a good one survives a reload; the new check is listed and opens on its own page. Both
// pages fit a 360 px screen; a commander reads the settings without a form.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { gotoReady, reloadReady, sessionFile } from "./fixtures";

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("as an admin", () => {
  test.use({ storageState: sessionFile("admin") });

  test("edits an SLO's settings: a bad value is named next to its field, a good one is kept", async ({ page }) => {
    // The data-integrity SLO: no other spec reads its figures, so changing them here disturbs none.
    await gotoReady(page, "/slo/data-integrity/settings");
    const form = page.getByRole("region", { name: "Objective and alerting" });
    const target = form.getByLabel("Target (%)");
    const minimum = form.getByLabel("Low-traffic minimum (requests)");

    await target.fill("101");
    await minimum.fill("lots");
    await form.getByRole("button", { name: "Save settings" }).click();
    await expect(target).toHaveAttribute("aria-invalid", "true");
    await expect(target).toHaveAccessibleDescription("Between 50 and 100 % (100 % leaves no error budget)");
    await expect(minimum).toHaveAccessibleDescription("Enter a whole number of requests");
    // What was typed stays for correcting.
    await expect(target).toHaveValue("101");

    await target.fill("99.5");
    await minimum.fill("25");
    await form.getByLabel("Alert mode").selectOption("OFF");
    await form.getByRole("button", { name: "Save settings" }).click();
    await expect(form.getByRole("status")).toHaveText("Settings saved.");

    await reloadReady(page);
    await expect(form.getByLabel("Target (%)")).toHaveValue("99.5");
    await expect(form.getByLabel("Low-traffic minimum (requests)")).toHaveValue("25");
    await expect(form.getByLabel("Alert mode")).toHaveValue("OFF");
    await expect(form.getByLabel("Target (%)")).not.toHaveAttribute("aria-invalid");
  });

  test("creates a health check, which then has its own page", async ({ page }) => {
    const name = `Status ${randomUUID().slice(0, 6)}`;
    await gotoReady(page, "/slo/checks");
    // The plan's check is there, disabled.
    await expect(page.getByRole("row").filter({ hasText: "API health" })).toContainText("Disabled");

    const form = page.getByRole("region", { name: "New health check" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("URL").fill("not a url");
    await form.getByRole("button", { name: "Create check" }).click();
    await expect(form.getByLabel("URL")).toHaveAccessibleDescription("Enter an http:// or https:// URL");
    await expect(form.getByLabel("Service")).toHaveAccessibleDescription("Service is required");

    await form.getByLabel("Service").selectOption({ index: 1 });
    await form.getByLabel("URL").fill("http://127.0.0.1:9/health");
    await form.getByLabel("Availability SLO").selectOption({ label: "Availability" });
    await form.getByLabel("Enabled").uncheck();
    await form.getByRole("button", { name: "Create check" }).click();
    await expect(form.getByRole("status")).toHaveText("Check created.");

    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("Disabled");
    await row.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.getByRole("region", { name: "Last 20 results" })).toContainText("Enable the check to run it.");
  });
});

test.describe("on a 360 px screen as a commander", () => {
  test.use({ storageState: sessionFile("commander") });

  test("reads the settings and the checks without forms, and both fit", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await gotoReady(page, "/slo/availability/settings");
    await expect(page.getByRole("region", { name: "Alert rules" })).toContainText("14.4×");
    await expect(page.getByRole("button", { name: "Save settings" })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await gotoReady(page, "/slo/checks");
    await expect(page.getByRole("table", { name: "Health checks" })).toContainText("API health");
    await expect(page.getByRole("region", { name: "New health check" })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
  });
});
