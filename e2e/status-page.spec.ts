// The public status page: a signed-out reader sees the seeded plan's components, history and
// maintenance; the page passes axe, fits 360 px, works without JavaScript, answers 304 to a
// current copy, and its feeds parse. A change a commander publishes shows up live, escaped.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

// Each test drives two or three browsers through several pages and an axe run: more than the
// default 30 s on a busy two-core machine. The liveness checks keep their own 2 s limits.
test.describe.configure({ timeout: 120_000 });

const XSS = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>`;

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** A signed-out reader, as the public is; optionally a phone-sized screen or no JavaScript. */
async function reader(browser: Browser, options: { width?: number; javaScript?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  return context.newPage();
}

async function wellFormed(
  page: Page,
  url: string,
  type: string,
): Promise<{ ok: boolean; items: number; text: string }> {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain(type);
  const text = await response.text();
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return {
      ok: doc.getElementsByTagName("parsererror").length === 0,
      items: doc.querySelectorAll("entry, item").length,
      text: doc.documentElement.textContent ?? "",
    };
  }, text);
}

test("a signed-out reader sees the status page, accessible and 360 px wide, with its history and maintenance", async ({
  browser,
}) => {
  const page = await reader(browser, { width: 360 });
  const response = await page.goto("/status");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Components" })).toContainText("Documentation service");
  await expect(page.getByRole("region", { name: "Components" })).toContainText("Engineering platform");
  await expect(page.getByRole("region", { name: "Scheduled maintenance" })).toContainText("CI/CD runner upgrade");
  const history = page.getByRole("region", { name: "Past incidents and maintenance" });
  await expect(history.getByRole("link").first()).toBeVisible();
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    "/status/feed.atom",
  );
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    "href",
    "/status/feed.rss",
  );
  await expect(page.getByRole("link", { name: "Get e-mail updates" })).toHaveAttribute("href", "/status/subscribe");
  expect(await fitsWidth(page)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  // A past incident's own page, reached from the history.
  await history.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/status\/incidents\/[^/]+$/);
  await expect(page.getByRole("region", { name: "Updates" }).getByRole("listitem").first()).toBeVisible();
  expect(await fitsWidth(page)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  await page.context().close();
});

test("the page reads the same without JavaScript", async ({ browser }) => {
  const page = await reader(browser, { javaScript: false });
  await page.goto("/status");
  await expect(page.getByRole("region", { name: "Components" })).toContainText("Critical Service");
  await expect(page.getByRole("region", { name: "Scheduled maintenance" })).toContainText("CI/CD runner upgrade");
  await page.context().close();
});

test("the page, JSON and feeds answer 304 to a current ETag or date", async ({ request }) => {
  for (const path of ["/status", "/status.json", "/status/feed.atom", "/status/feed.rss"]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const etag = first.headers()["etag"];
    const lastModified = first.headers()["last-modified"];
    expect(etag, path).toBeTruthy();
    expect((await request.get(path, { headers: { "If-None-Match": etag } })).status(), path).toBe(304);
    expect((await request.get(path, { headers: { "If-Modified-Since": lastModified } })).status(), path).toBe(304);
    expect((await request.get(path, { headers: { "If-None-Match": '"other"' } })).status(), path).toBe(200);
  }
  const json = (await (await request.get("/status.json")).json()) as { components: { name: string; state: string }[] };
  expect(json.components.map((c) => c.name)).toContain("Documentation Generation");
  expect((await request.get("/status/incidents/not-a-public-incident")).status()).toBe(404);
});

test("a change published in the console appears on an open status page within 2 s, escaped, and in the feeds", async ({
  browser,
}) => {
  const page = await reader(browser);
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto("/status");
  await expect(page.locator("html")).toHaveAttribute("data-live", "on");
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const devEnv = page.locator('[data-component="development-environment"]');
  await expect(devEnv).toContainText("Operational");

  const console = await (await browser.newContext({ storageState: sessionFile("commander") })).newPage();
  await gotoReady(console, "/status-page");
  const row = console.locator('li[data-component="development-environment"]');
  await row.getByLabel("Public state of Development Environment").selectOption("MAJOR_OUTAGE");
  await row.getByRole("button", { name: "Set public state" }).click();
  await expect(row.getByRole("status")).toHaveText("Public state saved.");
  await expect(devEnv).toContainText("Major outage", { timeout: 2_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Major outage/);

  // Maintenance with markup in its title: shown as text, never run.
  const title = `Database failover drill ${randomUUID().slice(0, 6)} ${XSS}`;
  const form = console.getByRole("region", { name: "Schedule maintenance" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Start (UTC)").fill("2030-01-01T01:00");
  await form.getByLabel("End (UTC)").fill("2030-01-01T02:00");
  await form.getByRole("checkbox", { name: "Critical Service" }).check();
  await form.getByRole("button", { name: "Schedule maintenance" }).click();
  await expect(form.getByRole("status")).toHaveText("Maintenance scheduled.");
  await expect(page.getByRole("region", { name: "Scheduled maintenance" })).toContainText(title, { timeout: 2_000 });

  const item = console.locator("li", { has: console.getByRole("link", { name: title }) });
  await item.getByLabel("Public message").fill(`Started ${XSS}`);
  await item.getByRole("button", { name: "Publish and move" }).click();
  await expect(item.getByText("In progress", { exact: true })).toBeVisible();
  // The feeds are built from the status cache, which hears of the change through the database's
  // notifications a moment after the console's answer: they follow within the same 2 s.
  for (const [url, type] of [
    ["/status/feed.atom", "application/atom+xml"],
    ["/status/feed.rss", "application/rss+xml"],
  ]) {
    await expect
      .poll(
        async () => {
          const feed = await wellFormed(page, url, type);
          return feed.ok && feed.text.includes(`Started ${XSS}`);
        },
        { timeout: 2_000, message: `${url} shows the published message` },
      )
      .toBe(true);
  }
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toBe(0);

  // Back to what incidents say, so other readers see the derived state again.
  await expect(row.getByText("(set by hand)")).toBeVisible();
  await row.getByLabel("Public state of Development Environment").selectOption("");
  await row.getByRole("button", { name: "Set public state" }).click();
  // Saved once the console no longer marks the state as set by hand; the public page follows.
  await expect(row.getByText("(set by hand)")).toHaveCount(0);
  await expect(devEnv).toContainText("Operational", { timeout: 2_000 });
  await Promise.all([page.context().close(), console.context().close()]);
});

test("the console's status-page screen fits a 360 px screen and passes axe", async ({ browser }) => {
  const context = await browser.newContext({
    storageState: sessionFile("admin"),
    viewport: { width: 360, height: 800 },
  });
  const page = await context.newPage();
  await gotoReady(page, "/status-page");
  await expect(page.getByRole("heading", { level: 1, name: "Status page" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Components" }).getByRole("heading", { name: "Critical Service" }),
  ).toBeVisible();
  expect(await fitsWidth(page)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
