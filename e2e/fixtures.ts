// Shared helpers for the end-to-end specs: the demo people, their saved sessions, and
// signing in the way a person does (labels and buttons, not selectors).
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { expect, type APIRequest, type Browser, type Page, type Response } from "@playwright/test";

export const DEMO_PASSWORD = "bridge-demo-pass";

export const ROLES = {
  admin: { email: "admin@bridge.local", label: "Admin" },
  commander: { email: "commander@bridge.local", label: "Incident commander" },
  responder: { email: "responder@bridge.local", label: "Responder" },
  stakeholder: { email: "stakeholder@bridge.local", label: "Stakeholder (read-only)" },
} as const;
export type DemoRole = keyof typeof ROLES;
export const DEMO_ROLES = Object.keys(ROLES) as DemoRole[];

export const EVERYONE_NAV = ["Overview", "Notification matrix", "Templates", "Disaster recovery"];
export const ADMIN_ONLY_NAV = ["Users", "Audit log"];

/** Where the setup project keeps a role's signed-in browser state. */
export function sessionFile(role: DemoRole): string {
  return fileURLToPath(new URL(`.auth/${role}.json`, import.meta.url));
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.bridge.local`;
}

export const PERSON_PASSWORD = "a-long-enough-password";

/**
 * A responder of one's own, created by the admin through the API. Signing out ends every session
 * of a person, so a spec that signs out must not use the demo people whose sessions others share.
 */
export async function createPerson(browser: Browser, baseURL: string | undefined): Promise<string> {
  // A cookie-authenticated API write must come from the site itself.
  const admin = await browser.newContext({
    baseURL,
    storageState: sessionFile("admin"),
    extraHTTPHeaders: { origin: baseURL ?? "" },
  });
  const email = uniqueEmail("person");
  const response = await admin.request.post("/api/v1/users", {
    data: { email, name: "Own Person", role: "RESPONDER", password: PERSON_PASSWORD },
  });
  expect(response.status()).toBe(201);
  await admin.close();
  return email;
}

/**
 * Waits until React has hydrated the page (components/shell/hydration-marker.tsx): before that a
 * click or key press reaches no handler and is silently lost.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
}

/** Navigates and waits until the page answers clicks and keys. */
export async function gotoReady(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  await waitForHydration(page);
  return response;
}

/** Reloads and waits until the page answers clicks and keys again. */
export async function reloadReady(page: Page): Promise<void> {
  await page.reload();
  await waitForHydration(page);
}

export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await gotoReady(page, "/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in and waits for the overview, the page every sign-in lands on, to be ready. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await fillSignIn(page, email, password);
  // A password check plus a full page load: on a busy two-core machine this can take a while.
  await expect(page).toHaveURL("/", { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await waitForHydration(page);
}

export function currentUser(page: Page) {
  return page.getByTestId("current-user");
}

/** The main navigation as a person sees it: each link's text and where it goes. */
export async function navLinks(page: Page): Promise<{ name: string; href: string }[]> {
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((nodes) =>
    nodes.map((a) => ({ name: (a.textContent ?? "").trim(), href: a.getAttribute("href") ?? "" })),
  );
}

/** Everyone's areas are offered; admin areas (anything under /admin) only to an admin. */
export async function expectNavFor(page: Page, isAdmin: boolean): Promise<void> {
  const links = await navLinks(page);
  const names = links.map((l) => l.name);
  expect(names).toEqual(expect.arrayContaining(EVERYONE_NAV));
  if (isAdmin) expect(names).toEqual(expect.arrayContaining(ADMIN_ONLY_NAV));
  else {
    for (const name of ADMIN_ONLY_NAV) expect(names).not.toContain(name);
    expect(links.filter((l) => l.href.startsWith("/admin"))).toEqual([]);
  }
}

/** The path of the first link starting with `prefix` in the captured mail whose entry holds every one of `texts`. */
export async function linkFromMail(
  browser: Browser,
  baseURL: string,
  texts: string[],
  prefix: string,
): Promise<string> {
  const admin = await browser.newContext({ baseURL, storageState: sessionFile("admin") });
  const page = await admin.newPage();
  let text = "";
  await expect
    .poll(
      async () => {
        await page.goto("/admin/mail");
        const item = texts.reduce((items, t) => items.filter({ hasText: t }), page.getByRole("listitem"));
        text = (await item.count()) > 0 ? ((await item.first().textContent()) ?? "") : "";
        return text.includes(prefix);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  await admin.close();
  return new RegExp(`${prefix}[A-Za-z0-9_.-]+`).exec(text)![0];
}

/** The demo commander declares a SEV1 over the API, as a page-worthy outage starts; its number. */
export async function declareSev1(playwright: { request: APIRequest }, baseURL: string, title: string) {
  const commander = await playwright.request.newContext({
    baseURL,
    storageState: sessionFile("commander"),
    extraHTTPHeaders: { origin: baseURL },
  });
  const declared = await commander.post("/api/v1/incidents", {
    data: { title, severity: "SEV1", componentSlugs: ["critical-service"] },
  });
  expect(declared.status()).toBe(201);
  const { number } = (await declared.json()) as { number: number };
  await commander.dispose();
  return number;
}
