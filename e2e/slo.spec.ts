// The SLO pages: a machine pushes a bad minute for the availability SLO and the open page's
// figures change without a reload; every chart is a named figure with a table view; the pages
// fit a 360 px screen and pass axe without serious violations.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test.use({ storageState: sessionFile("admin") });
// Each test opens several chart pages (and axe runs on each); a busy machine needs more than the default minute.
test.describe.configure({ timeout: 150_000 });

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** No sideways scroll of the page; on failure, names the elements that stick out past the edge. */
async function expectNoSidewaysScroll(page: Page, path: string) {
  const { by, wide } = await page.evaluate(() => ({
    by: document.documentElement.scrollWidth - innerWidth,
    wide: [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest("[tabindex='0'], svg"))
      .slice(0, 5)
      .map((e) => `${e.tagName}.${e.className}`.slice(0, 120)),
  }));
  expect(by, `${path}: ${wide.join(" | ")}`).toBeLessThanOrEqual(0);
}

/** An API token with the sli:write scope, made in the admin's token screen as a person would. */
async function sliToken(page: Page): Promise<string> {
  await gotoReady(page, "/admin/tokens");
  const form = page.getByRole("region", { name: "Create a token" });
  await form.getByLabel("Name", { exact: true }).fill(`slo-e2e-${randomUUID().slice(0, 8)}`);
  await form.getByLabel(/sli:write/).check();
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByRole("status")).toHaveText("Token created.");
  return page.getByLabel("Token secret").inputValue();
}

test("a pushed bad minute changes the open SLO page without a reload", async ({ page, playwright, baseURL }) => {
  const secret = await sliToken(page);
  await gotoReady(page, "/slo/availability?range=1h");
  await expect(page.getByRole("heading", { level: 1, name: "Availability" })).toBeVisible();
  await expect(page.locator("[data-live-state]")).toHaveAttribute("data-live-state", "live");
  // Survives only as long as the document does: proves nothing reloaded it.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const attainment = page.getByTestId("slo-attainment");
  const budget = page.getByTestId("slo-budget");
  const [attainmentBefore, budgetBefore] = [await attainment.textContent(), await budget.textContent()];

  // A context with no session cookie: the token is the only credential it sends. A random time
  // in the last 20 s, so a rerun's sample is a new one, not a duplicate.
  const machine = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const at = new Date(Date.now() - 1_000 - Math.floor(Math.random() * 20_000)).toISOString();
  const response = await machine.post("/api/v1/sli", {
    headers: { Authorization: `Bearer ${secret}` },
    // Large enough to move the figures past their rounding over a month of seeded traffic.
    data: { samples: [{ slo: "availability", at, good: 0, total: 50_000 }] },
  });
  expect(response.status(), await response.text()).toBe(200);
  await machine.dispose();

  await expect(attainment).not.toHaveText(attainmentBefore ?? "", { timeout: 5_000 });
  await expect(budget).not.toHaveText(budgetBefore ?? "");
  // The burn rates' table view names each rule.
  const rates = page.getByRole("figure", { name: "Burn rates now vs alert thresholds" });
  await rates.getByText("Show as a table").click();
  await expect(rates.getByRole("table", { name: /burn rates now/ })).toContainText("Fast burn");
  const attainmentChart = page.getByRole("figure", { name: "Attainment vs target" });
  await expect(
    attainmentChart.getByRole("img", { name: /attainment per minute against the 99\.9 % target/ }),
  ).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test("the incident page shows the error budget the incident spent", async ({ browser, playwright, page, baseURL }) => {
  const secret = await sliToken(page);
  // A cookie-authenticated API write must come from the site itself.
  const commander = await browser.newContext({
    baseURL,
    storageState: sessionFile("commander"),
    extraHTTPHeaders: { origin: baseURL ?? "" },
  });
  const declared = await commander.request.post("/api/v1/incidents", {
    data: {
      title: `SLO budget e2e ${randomUUID().slice(0, 6)}`,
      severity: "SEV3",
      componentSlugs: ["critical-service"],
    },
  });
  expect(declared.status()).toBe(201);
  const { number } = (await declared.json()) as { number: number };
  try {
    const machine = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const pushed = await machine.post("/api/v1/sli", {
      headers: { Authorization: `Bearer ${secret}` },
      data: {
        samples: [{ slo: "availability", at: new Date(Date.now() + 500).toISOString(), good: 900, total: 1_000 }],
      },
    });
    expect(pushed.status(), await pushed.text()).toBe(200);
    await machine.dispose();
    await gotoReady(page, `/incidents/${number}`);
    const panel = page.getByRole("region", { name: /^Error budget spent/ });
    await expect(panel).toBeVisible();
    // 100 bad events during the incident: some share of the window's budget, with its minutes.
    await expect(panel.getByTestId("incident-budget-availability")).toHaveText(/% \(.+ min of 43\.2 min\)/);
  } finally {
    const resolved = await commander.request.post(`/api/v1/incidents/${number}/status`, {
      data: { status: "RESOLVED" },
    });
    expect(resolved.status()).toBe(200);
    await commander.close();
  }
});

test("every chart has a name, a table view and the range picker works without scripts", async ({ page }) => {
  await gotoReady(page, "/slo/latency-p95?range=7d");
  await expect(page.getByRole("link", { name: "7 days" })).toHaveAttribute("aria-current", "page");
  const figures = page.getByRole("figure");
  await expect(figures).toHaveCount(4);
  for (const name of [
    "Attainment vs target",
    "Error budget burn-down",
    "Burn rates now vs alert thresholds",
    /p95 latency vs 3 s/,
  ]) {
    const figure = page.getByRole("figure", { name });
    await expect(figure).toBeVisible();
    // Each shows either its chart with a table view, or what to do without data.
    await expect(figure.getByText(/Show as a table|No samples yet|no error budget/).first()).toBeVisible();
  }
  await page.getByRole("link", { name: "24 hours" }).click();
  await expect(page).toHaveURL(/\/slo\/latency-p95\?range=24h$/);
  await expect(page.getByRole("link", { name: "24 hours" })).toHaveAttribute("aria-current", "page");
  await gotoReady(page, "/slo/error-rate");
  await expect(page.getByRole("figure", { name: /Error rate vs 0\.1 %/ })).toBeVisible();
});

test("the SLO pages and the overview's SLO row fit 360 px and pass axe", async ({ browser }) => {
  // Four pages, each read twice over by axe, on a shared two-core machine.
  test.setTimeout(150_000);
  const context = await browser.newContext({
    storageState: sessionFile("stakeholder"),
    viewport: { width: 360, height: 800 },
  });
  const page = await context.newPage();
  for (const path of ["/slo", "/slo/availability?range=24h", "/slo/latency-p95?range=30d", "/"]) {
    await gotoReady(page, path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("status", { name: /^Loading/ })).toHaveCount(0);
    await expectNoSidewaysScroll(page, path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await gotoReady(page, "/slo");
  await expect(page.getByRole("region", { name: /^Availability — / })).toBeVisible();
  await gotoReady(page, "/");
  await expect(page.getByTestId("slo-tile-availability")).toBeVisible();
  await context.close();
});
