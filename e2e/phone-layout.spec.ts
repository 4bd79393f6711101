// On a phone: every console page, the public pages (status, subscribing, confirming, managing and
// leaving a subscription, offline) and the sign-in and acknowledge pages fit the screen (nothing
// wider than the viewport), their buttons, fields and choices are at least 44 px tall, and they
// have no serious accessibility violations, at 360 × 740 and 390 × 844. Pages come in groups, one
// test per group and screen, so Playwright's workers share them.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequest, type Browser, type Page } from "@playwright/test";
import { declareSev1, gotoReady, linkFromMail, sessionFile, uniqueEmail } from "./fixtures";
import { problemsOn, type Visit } from "./phone-checks";

test.describe.configure({ mode: "parallel", timeout: 300_000 });

const SIGNED_OUT = { cookies: [], origins: [] };

/** The path of the first link on `list` that matches, or undefined. */
async function findLink(page: Page, list: string, pattern: RegExp): Promise<string | undefined> {
  await gotoReady(page, list);
  // Lists stream in after the page shell: collect links once nothing is loading.
  await page.waitForLoadState("networkidle");
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.find((h) => pattern.test(h));
}

async function firstLink(page: Page, list: string, pattern: RegExp): Promise<string> {
  const href = await findLink(page, list, pattern);
  expect(href, `a ${pattern} link on ${list}`).toBeDefined();
  return href!;
}

/** The seed has no API tokens or alert sources: an admin makes one in the form, as a person would. */
async function firstLinkOrMake(page: Page, list: string, pattern: RegExp, make: () => Promise<void>) {
  if (await findLink(page, list, pattern)) return firstLink(page, list, pattern);
  await make();
  return firstLink(page, list, pattern);
}

async function makeToken(page: Page) {
  const form = page.getByRole("region", { name: "Create a token" });
  await form.getByLabel("Name", { exact: true }).fill(`phone-${randomUUID().slice(0, 8)}`);
  await form.getByLabel(/incidents:read/).check();
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByRole("status")).toHaveText("Token created.");
}

async function makeSource(page: Page) {
  const form = page.getByRole("region", { name: "Add a source" });
  await form.getByLabel(/Prometheus Alertmanager/).check();
  await form.getByLabel("Name", { exact: true }).fill(`phone-${randomUUID().slice(0, 8)}`);
  await form.getByLabel("Documentation Generation").check();
  await form.getByRole("button", { name: "Create source" }).click();
  await expect(page.getByLabel("Integration key", { exact: true })).toBeVisible();
}

/** A signed acknowledgement link, as the on-call person gets it in the page e-mail of a new SEV1. */
async function ackLink(browser: Browser, playwright: { request: APIRequest }, baseURL: string): Promise<string> {
  const title = `Phone ack ${randomUUID().slice(0, 8)}`;
  const number = await declareSev1(playwright, baseURL, title);
  return linkFromMail(browser, baseURL, [`Page: #${number} ${title}`], "/ack/");
}

/** The confirmation link a new status subscriber gets by e-mail, as they would open it on their phone. */
async function confirmLink(page: Page, browser: Browser, baseURL: string): Promise<string> {
  const email = uniqueEmail("phone-subscriber");
  await gotoReady(page, "/status/subscribe");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");
  return linkFromMail(browser, baseURL, [email, "Confirm your status updates"], "/status/subscribe/confirm/");
}

/**
 * A second subscriber confirms, as they would on their phone, and follows the confirmation's link
 * to manage what they get; the manage page's "Unsubscribe from everything" posts to the unsubscribe
 * page, whose GET only asks. Both pages, from the subscriber's own links.
 */
async function subscriberLinks(page: Page, browser: Browser, baseURL: string): Promise<Visit[]> {
  await gotoReady(page, await confirmLink(page, browser, baseURL));
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page.getByRole("status")).toContainText("You are subscribed.");
  const manage = await page.getByRole("link", { name: "Change what you get or unsubscribe" }).getAttribute("href");
  await gotoReady(page, manage!);
  const unsubscribe = await page
    .getByRole("button", { name: "Unsubscribe from everything" })
    .locator("xpath=ancestor::form")
    .getAttribute("action");
  return visits([manage!, unsubscribe!]);
}

type Found = (
  page: Page,
  env: { browser: Browser; playwright: { request: APIRequest }; baseURL: string },
) => Promise<Visit[]>;
type Group = { name: string; signedOut?: boolean; pages: string[]; found?: Found };

const visits = (urls: string[]): Visit[] => urls.map((url) => ({ url }));

const GROUPS: Group[] = [
  {
    name: "the overview, incidents and the matrix",
    pages: ["/", "/incidents", "/inbox", "/matrix", "/templates", "/templates/new"],
    found: async (page) =>
      visits([
        await firstLink(page, "/incidents", /^\/incidents\/\d+$/),
        await firstLink(page, "/matrix", /^\/matrix\/groups\/[^/]+$/),
        await firstLink(page, "/templates", /^\/templates\/(?!new$)[^/]+$/),
      ]),
  },
  {
    name: "postmortems, SLOs, the status page and the profile",
    pages: [
      "/postmortems",
      "/action-items",
      "/slo",
      "/slo/checks",
      "/status-page",
      "/profile/subscription",
      "/profile/push",
      "/status",
      "/status/subscribe",
    ],
    found: async (page) => {
      const postmortem = await firstLink(page, "/postmortems", /^\/postmortems\/[^/]+$/);
      return visits([
        postmortem,
        `${postmortem}/print`,
        ...(await firstLink(page, "/slo", /^\/slo\/(?!checks$)[^/]+$/).then((slo) => [slo, `${slo}/settings`])),
        await firstLink(page, "/slo/checks", /^\/slo\/checks\/[^/]+$/),
      ]);
    },
  },
  {
    name: "disaster recovery",
    pages: [
      "/recovery",
      "/dr",
      "/dr/risks",
      "/dr/scenarios",
      "/dr/runbooks",
      "/dr/runbooks/new",
      "/dr/tests",
      "/dr/backups",
    ],
    found: async (page) => {
      const runbook = await firstLink(page, "/dr/runbooks", /^\/dr\/runbooks\/(?!new$)[^/]+$/);
      return visits([
        runbook,
        `${runbook}/edit`,
        await firstLink(page, runbook, /^\/dr\/runbooks\/[^/]+\/versions\/\d+$/),
        await firstLink(page, "/dr/tests", /^\/dr\/tests\/[^/]+$/),
      ]);
    },
  },
  {
    name: "administration",
    pages: [
      "/admin/users",
      "/admin/audit",
      "/admin/mail",
      "/admin/policies",
      "/admin/policies/new",
      "/admin/subscribers",
      "/admin/timers",
      "/admin/tokens",
      "/admin/integrations",
    ],
    found: async (page) =>
      visits([
        await firstLink(page, "/admin/policies", /^\/admin\/policies\/(?!new$)[^/]+$/),
        await firstLinkOrMake(page, "/admin/tokens", /^\/admin\/tokens\/[^/]+$/, () => makeToken(page)),
        await firstLinkOrMake(page, "/admin/integrations", /^\/admin\/integrations\/[^/]+$/, () => makeSource(page)),
      ]),
  },
  {
    name: "signing in, acknowledging by link, a subscriber's links and the API reference",
    signedOut: true,
    pages: ["/login", "/offline"],
    found: async (page, { browser, playwright, baseURL }) => [
      { url: await ackLink(browser, playwright, baseURL) },
      { url: await confirmLink(page, browser, baseURL) },
      ...(await subscriberLinks(page, browser, baseURL)),
      // Scalar renders the whole reference into #app, a vendor widget this site cannot change: its
      // buttons are 26 to 32 px tall, its own popover button has no name, its client list has the
      // wrong children and its badges lack contrast, and its 25,000 nodes take axe minutes. The
      // shell around it is still checked, and the whole page must still fit the screen.
      // Its network sometimes never goes idle: ready once the operations are rendered.
      {
        url: "/api",
        vendor: ["#app"],
        ready: (page) => expect(page.getByText("Declare an incident").first()).toBeVisible({ timeout: 60_000 }),
      },
    ],
  },
];

for (const viewport of [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
]) {
  for (const group of GROUPS) {
    test.describe(() => {
      test.use({ viewport, storageState: group.signedOut ? SIGNED_OUT : sessionFile("admin") });

      test(`${group.name} fit ${viewport.width} × ${viewport.height} with no serious accessibility violations`, async ({
        page,
        browser,
        playwright,
        baseURL,
      }) => {
        const found = (await group.found?.(page, { browser, playwright, baseURL: baseURL! })) ?? [];
        const problems: string[] = [];
        for (const visit of [...visits(group.pages), ...found])
          problems.push(...(await problemsOn(page, visit, viewport.width)));
        expect(problems).toEqual([]);
      });
    });
  }
}
