// Writing a postmortem: a commander starts one from a resolved incident, types the summary, sees
// it saved and finds it again after a reload; two people editing the same section at once are
// shown both texts instead of one silently replacing the other.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { gotoReady, reloadReady, sessionFile, waitForHydration } from "./fixtures";

/** A resolved SEV2 of this test's own, so no other spec's postmortem work can meet it. */
async function resolvedIncident(browser: Browser, baseURL: string | undefined) {
  const api = await browser.newContext({
    baseURL,
    storageState: sessionFile("commander"),
    extraHTTPHeaders: { origin: baseURL ?? "" },
  });
  const title = `Search index stale ${randomUUID().slice(0, 8)}`;
  const declared = await api.request.post("/api/v1/incidents", {
    data: { title, severity: "SEV2", componentSlugs: ["documentation-generation"], impact: "Search was stale" },
  });
  expect(declared.status()).toBe(201);
  const { number } = (await declared.json()) as { number: number };
  const resolved = await api.request.post(`/api/v1/incidents/${number}/status`, { data: { status: "RESOLVED" } });
  expect(resolved.status()).toBe(200);
  await api.close();
  return { number, title };
}

/** The section whose text box carries this label. */
const section = (page: Page, label: string) =>
  page.locator("section").filter({ has: page.getByRole("textbox", { name: label, exact: true }) });
const saveStatus = (page: Page, label: string) => section(page, label).getByRole("status");

test("a commander starts a postmortem, the summary autosaves and survives a reload, and a concurrent edit shows both texts", async ({
  browser,
  baseURL,
}) => {
  // Two production page loads per browser and several saves on a shared two-core machine.
  test.setTimeout(180_000);
  const { number, title } = await resolvedIncident(browser, baseURL);
  const commander = await browser.newContext({ storageState: sessionFile("commander") });
  const page = await commander.newPage();

  await gotoReady(page, `/incidents/${number}`);
  await expect(page.getByText(/^Postmortem due /)).toBeVisible();
  await page.getByRole("button", { name: "Start postmortem" }).click();
  await expect(page).toHaveURL(/\/postmortems\/[^/]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: `Postmortem: ${title}` })).toBeVisible();
  await expect(page.getByTestId("postmortem-status")).toHaveText("Draft");
  const postmortemPath = new URL(page.url()).pathname;

  const summary = `The search index lagged **two hours** behind (${randomUUID().slice(0, 6)}).`;
  await page.getByLabel("Summary", { exact: true }).fill(summary);
  await expect(saveStatus(page, "Summary")).toHaveText("Not saved yet");
  await expect(saveStatus(page, "Summary")).toHaveText("Saved", { timeout: 20_000 });
  await section(page, "Summary").getByRole("button", { name: "Preview" }).click();
  await expect(section(page, "Summary").getByRole("region", { name: "Preview" }).locator("strong")).toHaveText(
    "two hours",
  );

  // The server has it: after a reload it is there and nothing had to be restored from the browser.
  await reloadReady(page);
  await expect(page.getByLabel("Summary", { exact: true })).toHaveValue(summary);
  await expect(page.getByText("Restored text you had not saved yet")).toHaveCount(0);
  await expect(saveStatus(page, "Summary")).toHaveText("Saved");

  // The incident now links to its postmortem instead of offering to start another.
  await gotoReady(page, `/incidents/${number}`);
  await expect(page.getByRole("link", { name: "Postmortem", exact: true })).toHaveAttribute("href", postmortemPath);
  await expect(page.getByRole("button", { name: "Start postmortem" })).toHaveCount(0);

  // Two people open the same section; the responder saves first.
  const responder = await browser.newContext({ storageState: sessionFile("responder") });
  const theirs = await responder.newPage();
  await gotoReady(theirs, postmortemPath);
  await gotoReady(page, postmortemPath);
  await theirs.getByLabel("Root cause analysis", { exact: true }).fill("The indexer's queue filled up.");
  await expect(saveStatus(theirs, "Root cause analysis")).toHaveText("Saved", { timeout: 20_000 });

  await page.getByLabel("Root cause analysis", { exact: true }).fill("A deploy disabled the indexer.");
  const conflict = section(page, "Root cause analysis").getByRole("region", { name: "Conflicting versions" });
  await expect(conflict).toBeVisible({ timeout: 20_000 });
  await expect(conflict.getByText(/^Their version, saved by Riley Responder at /)).toBeVisible();
  await expect(conflict).toContainText("The indexer's queue filled up.");
  await expect(conflict.getByText("Your version")).toBeVisible();
  await expect(conflict).toContainText("A deploy disabled the indexer.");
  await expect(saveStatus(page, "Root cause analysis")).toHaveText("Not saved yet");

  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(saveStatus(page, "Root cause analysis")).toHaveText("Saved", { timeout: 20_000 });
  await reloadReady(theirs);
  await expect(theirs.getByLabel("Root cause analysis", { exact: true })).toHaveValue("A deploy disabled the indexer.");

  await commander.close();
  await responder.close();
});

/** Starts the postmortem through the incident page, as a person does, and returns its path. */
async function startFrom(page: Page, number: number): Promise<string> {
  await gotoReady(page, `/incidents/${number}`);
  await page.getByRole("button", { name: "Start postmortem" }).click();
  await expect(page).toHaveURL(/\/postmortems\/[^/]+$/, { timeout: 30_000 });
  await waitForHydration(page);
  return new URL(page.url()).pathname;
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** How far the page scrolls sideways, and the widest element past the edge, to say what to fix. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const wide = [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > innerWidth);
    const widest = wide.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0];
    return {
      by: document.documentElement.scrollWidth - innerWidth,
      widest: widest ? `${widest.tagName}.${widest.className}` : "",
    };
  });
}

test("text typed offline is kept: it retries, survives closing the tab and is saved once back online", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { number } = await resolvedIncident(browser, baseURL);
  const context = await browser.newContext({ storageState: sessionFile("commander") });
  const page = await context.newPage();
  const path = await startFrom(page, number);

  const lessons = `Runbooks need the backup credentials (${randomUUID().slice(0, 6)}).`;
  await context.setOffline(true);
  await page.getByLabel("Lessons learned", { exact: true }).fill(lessons);
  await expect(saveStatus(page, "Lessons learned")).toHaveText("Could not save — retrying", { timeout: 20_000 });
  // The tab is closed while still offline; the text waits in the browser.
  await page.close();

  await context.setOffline(false);
  const again = await context.newPage();
  await gotoReady(again, path);
  await expect(again.getByText("Restored text you had not saved yet")).toBeVisible();
  await expect(again.getByLabel("Lessons learned", { exact: true })).toHaveValue(lessons);
  await expect(saveStatus(again, "Lessons learned")).toHaveText("Saved", { timeout: 20_000 });

  // Another browser, with nothing stored, reads it from the server.
  const fresh = await browser.newContext({ storageState: sessionFile("commander") });
  const other = await fresh.newPage();
  await gotoReady(other, path);
  await expect(other.getByLabel("Lessons learned", { exact: true })).toHaveValue(lessons);
  await Promise.all([context.close(), fresh.close()]);
});

test("postmortems are found by a word and read on a 360 px screen; a stakeholder reads without editing", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { number, title } = await resolvedIncident(browser, baseURL);
  const context = await browser.newContext({
    storageState: sessionFile("commander"),
    viewport: { width: 360, height: 800 },
  });
  const page = await context.newPage();
  const path = await startFrom(page, number);
  const word = `glacier${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 6)}`;
  await page
    .getByLabel("Root cause analysis", { exact: true })
    .fill(`The nightly jobs kept failing on the ${word} bucket.`);
  await expect(saveStatus(page, "Root cause analysis")).toHaveText("Saved", { timeout: 20_000 });
  await section(page, "Root cause analysis").getByRole("button", { name: "Preview" }).click();
  const wide = await overflow(page);
  expect(wide.by, wide.widest).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);

  await gotoReady(page, "/postmortems");
  const search = page.getByRole("search", { name: "Search postmortems" });
  await search.getByLabel("Search").fill(`failed ${word}`);
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/postmortems\?q=/);
  const result = page.getByRole("row").filter({ hasText: title });
  await expect(result.locator("mark", { hasText: "failing" })).toBeVisible();
  await expect(result.locator("mark", { hasText: word })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(2);
  const listWide = await overflow(page);
  expect(listWide.by, listWide.widest).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);

  const stakeholder = await browser.newContext({ storageState: sessionFile("stakeholder") });
  const reader = await stakeholder.newPage();
  await gotoReady(reader, path);
  await expect(reader.getByRole("heading", { level: 1, name: `Postmortem: ${title}` })).toBeVisible();
  await expect(reader.getByText(`The nightly jobs kept failing on the ${word} bucket.`)).toBeVisible();
  await expect(reader.getByRole("main").getByRole("textbox")).toHaveCount(0);
  // Who changed it is kept, and readable by everyone.
  const rootCause = reader.locator("section#root-cause");
  await rootCause.locator("summary", { hasText: "History" }).click();
  await expect(rootCause.getByRole("listitem").first()).toContainText("Version 1 by Casey Commander");
  await rootCause.getByRole("button", { name: "Show text of version 1" }).click();
  await expect(rootCause.locator("pre")).toContainText(`kept failing on the ${word} bucket`);
  await Promise.all([context.close(), stakeholder.close()]);
});
