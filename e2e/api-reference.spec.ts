// The API reference at /api: Scalar renders the generated document from this site alone (no CDN,
// no web fonts, no telemetry), under the site's CSP, and fits a 360 px phone screen.
import { expect, test } from "@playwright/test";

test.use({ viewport: { width: 360, height: 780 }, storageState: { cookies: [], origins: [] } });

test("renders the operations offline and fits 360 px", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const refused: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.origin !== origin) foreign.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) refused.push(message.text());
  });

  await page.goto("/api");
  await expect(page.getByText("Declare an incident").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Bridge API").first()).toBeVisible();
  // Rendered, and every font it asked for settled: a web font would have been requested by now.
  // (Not "networkidle": with Scalar on the page it sometimes never comes.)
  await page.evaluate(() => document.fonts.ready.then(() => undefined));

  expect(foreign).toEqual([]);
  expect(refused).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
