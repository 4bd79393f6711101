// What e2e/phone-layout.spec.ts checks on each page at a phone's width: nothing wider than the
// screen, thumb-sized controls, and no serious accessibility violations. Each check returns what it
// found as readable lines, so one failure lists every problem of a group of pages at once.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** A thumb's size (WCAG 2.5.5, Apple's and Google's guidance): buttons, fields and choices. */
const THUMB = 44;

async function overflow(page: Page, url: string, width: number): Promise<string[]> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (scrollWidth <= width) return [];
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
  return [`${url}: scrollWidth ${scrollWidth} > ${width} (${wide.join(" | ")})`];
}

async function smallTargets(page: Page, url: string, vendor: string[]): Promise<string[]> {
  const small = await page.evaluate(
    ([thumb, skip]) => {
      const ours = (el: Element) => !skip.some((selector) => el.closest(selector));
      const text = (el: Element | null) =>
        (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim().slice(0, 30);
      // A screen-reader-only or hidden element (1 px or less) is no target.
      const tooSmall = (r: DOMRect) => r.width > 1 && r.height > 1 && r.height < thumb;
      const controls = "button, select, input:not([type=checkbox], [type=radio], [type=hidden])";
      const plain = Array.from(document.querySelectorAll(controls)).flatMap((el) => {
        if (!ours(el)) return [];
        const r = el.getBoundingClientRect();
        if (!tooSmall(r)) return [];
        return [`${el.tagName.toLowerCase()} "${text(el) || el.getAttribute("name")}" ${Math.round(r.height)} px`];
      });
      // A checkbox or radio is hit through its label too: the target is the label's box, or the
      // input's own where it has no label.
      const choices = Array.from(
        document.querySelectorAll<HTMLInputElement>("input[type=checkbox], input[type=radio]"),
      );
      const labelled = choices.filter(ours).flatMap((input) => {
        const label =
          input.closest("label") ?? (input.id ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null);
        const r = (label ?? input).getBoundingClientRect();
        if (!tooSmall(r)) return [];
        const what = label ? `label of ${input.type}` : `${input.type} without a label`;
        return [`${what} "${text(label ?? input) || input.name}" ${Math.round(r.height)} px`];
      });
      return [...plain, ...labelled];
    },
    [THUMB, vendor] as const,
  );
  return small.length ? [`${url}: touch targets under ${THUMB} px: ${small.slice(0, 3).join(", ")}`] : [];
}

async function axeViolations(page: Page, url: string, vendor: string[]): Promise<string[]> {
  // target-size (WCAG 2.2 AA 2.5.8: 24 px, inline links exempt) is off by default in axe-core 4.x.
  let axe = new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } });
  for (const selector of vendor) axe = axe.exclude(selector);
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${url}: ${v.id} at ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

export type Visit = {
  url: string;
  /**
   * When the page is ready to check; by default once the network is idle (the lists a page
   * streams in are in). A page whose network may never go idle says what to wait for instead.
   */
  ready?: (page: Page) => Promise<void>;
  /**
   * A vendor's widget on the page that this site cannot change, with the reason where it is listed:
   * left out of the touch-target and axe checks, never out of the width check.
   */
  vendor?: string[];
};

/** Every problem a phone of `width` px meets on the page. */
export async function problemsOn(page: Page, { url, vendor = [], ready }: Visit, width: number): Promise<string[]> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  await (ready ? ready(page) : page.waitForLoadState("networkidle"));
  return [
    ...(await overflow(page, url, width)),
    ...(await smallTargets(page, url, vendor)),
    ...(await axeViolations(page, url, vendor)),
  ];
}
