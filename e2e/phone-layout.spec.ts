// On a phone: every console page and the public status page fits the screen (nothing wider than
// the viewport), its buttons and fields are at least 44 px tall, and it has no serious
// accessibility violations, at 360 × 740 and 390 × 844.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test.describe.configure({ timeout: 300_000 });
test.use({ storageState: sessionFile("admin") });

const STATIC_PAGES = [
  "/",
  "/incidents",
  "/inbox",
  "/matrix",
  "/templates",
  "/templates/new",
  "/postmortems",
  "/action-items",
  "/slo",
  "/slo/checks",
  "/recovery",
  "/dr",
  "/dr/risks",
  "/dr/scenarios",
  "/dr/runbooks",
  "/dr/runbooks/new",
  "/dr/tests",
  "/dr/backups",
  "/status-page",
  "/profile/subscription",
  "/admin/users",
  "/admin/audit",
  "/admin/mail",
  "/admin/policies",
  "/admin/policies/new",
  "/admin/subscribers",
  "/admin/timers",
  "/admin/tokens",
  "/status",
  "/status/subscribe",
];

// Pages under a record: the first link of each kind on its list page.
const DETAIL_PAGES: [list: string, link: RegExp][] = [
  ["/incidents", /^\/incidents\/\d+$/],
  ["/postmortems", /^\/postmortems\/[^/]+$/],
  ["/matrix", /^\/matrix\/groups\/[^/]+$/],
  ["/templates", /^\/templates\/(?!new$)[^/]+$/],
  ["/slo", /^\/slo\/(?!checks$)[^/]+$/],
  ["/slo/checks", /^\/slo\/checks\/[^/]+$/],
  ["/dr/runbooks", /^\/dr\/runbooks\/(?!new$)[^/]+$/],
  ["/dr/tests", /^\/dr\/tests\/[^/]+$/],
  ["/admin/policies", /^\/admin\/policies\/(?!new$)[^/]+$/],
];

async function detailPages(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const [list, pattern] of DETAIL_PAGES) {
    await gotoReady(page, list);
    // Lists stream in after the page shell: collect links once nothing is loading.
    await page.waitForLoadState("networkidle");
    const hrefs = await page
      .locator("main a[href]")
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const href = hrefs.find((h) => pattern.test(h));
    expect(href, `a ${pattern} link on ${list}`).toBeDefined();
    found.push(href!);
  }
  return found;
}

async function problemsOn(page: Page, url: string, width: number): Promise<string[]> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  const problems: string[] = [];
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (scrollWidth > width) {
    const wide = await page.evaluate((limit) => {
      // The outermost elements that stick out and are not inside a scrolling container, to say what to fix.
      const clipped = (el: Element) => {
        for (let a = el.parentElement; a; a = a.parentElement)
          if (getComputedStyle(a).overflowX !== "visible") return a.getBoundingClientRect().right <= limit + 1;
        return false;
      };
      const out: Element[] = [];
      for (const el of Array.from(document.querySelectorAll("body *"))) {
        if (el.getBoundingClientRect().right > limit + 1 && !clipped(el) && !out.some((o) => o.contains(el)))
          out.push(el);
        if (out.length >= 3) break;
      }
      return out.map(
        (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").slice(0, 40)}"`,
      );
    }, width);
    problems.push(`${url}: scrollWidth ${scrollWidth} > ${width} (${wide.join(" | ")})`);
  }
  const small = await page.evaluate(() => {
    // Controls a thumb must hit; a screen-reader-only element (1 px) is no target.
    const controls = "button, select, input:not([type=checkbox], [type=radio], [type=hidden])";
    return Array.from(document.querySelectorAll(controls)).flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || r.height >= 44) return [];
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? el.getAttribute("name") ?? "").trim();
      return [`${el.tagName.toLowerCase()} "${name.slice(0, 30)}" ${Math.round(r.height)} px`];
    });
  });
  if (small.length) problems.push(`${url}: touch targets under 44 px: ${small.slice(0, 3).join(", ")}`);
  const axe = await new AxeBuilder({ page }).analyze();
  for (const v of axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical"))
    problems.push(
      `${url}: ${v.id} at ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
    );
  return problems;
}

for (const viewport of [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
]) {
  test(`every page fits ${viewport.width} × ${viewport.height} with no serious accessibility violations`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const urls = [...STATIC_PAGES, ...(await detailPages(page))];
    const problems: string[] = [];
    for (const url of urls) problems.push(...(await problemsOn(page, url, viewport.width)));
    expect(problems).toEqual([]);
  });
}
