// DR drill end to end: a commander links a runbook to an on-demand test and starts it as a SEV1
// drill from /dr/tests; the incident page says DRILL, owes nothing to customers, and shows the
// runbook on its timeline; commander and a responder in another browser work its checklist live;
// resolving it ends the DR test run with its measured RTO; the commander records the criteria, sees
// the run on the test's page and the quarter's readiness count it. The public status page and
// status.json never show the drill. Other specs share the database: this one works on the container
// registry test, which no other spec touches, and finds its drill by the incident it was taken to.
import { expect, test, type Page } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test.describe.configure({ timeout: 180_000 });
test.use({ storageState: sessionFile("commander") });

const TEST_NAME = "Container registry failover";
const DRILL_TITLE = `DRILL: ${TEST_NAME}`;

/** The quarter's successful recoveries on /dr, as counted: "n of m" (m = 0 when there is no data yet). */
async function recoveriesCounted(page: Page): Promise<number> {
  await gotoReady(page, "/dr");
  const card = page
    .getByRole("list", { name: "Readiness this quarter" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Successful recoveries" }) });
  await expect(card).toBeVisible();
  const counted = /(\d+) of (\d+)/.exec((await card.textContent()) ?? "");
  return counted ? Number(counted[2]) : 0;
}

test("a drill runs as an incident, is recorded on its DR test and never goes public", async ({
  page,
  request,
  browser,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const countedBefore = await recoveriesCounted(page);
  // Give the test a runbook, so the drill starts one.
  await gotoReady(page, "/dr/tests/container_registry_failover");
  const edit = page.getByRole("region", { name: "Edit the test" });
  const runbook = edit.getByLabel("Runbook");
  const firstRunbook = runbook.locator("option").nth(1);
  const runbookTitle = (await firstRunbook.textContent())!.trim();
  await runbook.selectOption((await firstRunbook.getAttribute("value"))!);
  await edit.getByRole("button", { name: "Save test" }).click();
  await expect(edit.getByRole("status")).toHaveText("Test saved.");

  await gotoReady(page, "/dr/tests");
  const row = page.getByTestId("test-container_registry_failover");
  await expect(row.getByRole("link", { name: TEST_NAME })).toBeVisible();
  // SEV1: the notification matrix owes customers word at once, which a drill must never send.
  await row.getByLabel(`Drill severity for ${TEST_NAME}`).selectOption("SEV1");
  await row.getByRole("button", { name: `Start ${TEST_NAME} as drill` }).click();

  await expect(page.getByRole("heading", { level: 1, name: DRILL_TITLE })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("incident-drill")).toHaveText("DRILL");
  await expect(page.getByRole("list", { name: "Timeline events, newest first" })).toContainText("Runbook started");
  const number = page.url().split("/").pop();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const owed = page.getByRole("region", { name: "Notifications owed" });
  await expect(owed).toContainText("Incident commander");
  await expect(owed).not.toContainText("Customers");

  // The runbook's checklist, worked by the commander and a responder in another browser, live.
  const responder = await browser.newPage({ storageState: sessionFile("responder") });
  await gotoReady(responder, `/incidents/${number}`);
  for (const p of [page, responder])
    await expect(p.locator("[data-live-state]")).toHaveAttribute("data-live-state", "live");
  // A name given as a string matches a part of it: the version is whatever the runbook is at.
  const checklist = (p: Page) => p.getByRole("region", { name: `${runbookTitle} (version ` });
  const firstStep = (p: Page) => checklist(p).getByRole("listitem", { name: /^Step 1: / });
  await firstStep(responder).getByRole("button", { name: "Done: step 1" }).click();
  await expect(firstStep(page)).toContainText(/Done\s*by /);
  await responder.close();

  // Resolve it.
  await page.getByLabel("Change status to").selectOption("RESOLVED");
  const rootCause = page.getByLabel("Root cause summary");
  if (await rootCause.isVisible()) {
    await rootCause.fill("Drill: registry taken down on purpose");
    await page.getByLabel("Resolution summary").fill("Failed over to the mirror");
  }
  await page.getByRole("button", { name: "Update status" }).click();
  await expect(page.getByTestId("incident-status")).toHaveText("Resolved");

  // The incident links to finishing the run; the form has the measured RTO.
  await page.getByRole("link", { name: "Finish recording the drill run" }).click();
  const form = page.getByRole("region", { name: "Finish recording the run" });
  await expect(form.getByLabel("Actual RTO (minutes)")).not.toHaveValue("");
  const rto = await form.getByLabel("Actual RTO (minutes)").inputValue();
  await form.getByLabel("Actual RPO (minutes)").fill("0");
  await form.getByRole("combobox", { name: "service_fully_operational" }).selectOption("met");
  await form.getByRole("button", { name: "Record run" }).click();
  // Recorded, the run is no longer open: the form is for a new run again and says so.
  await expect(page.getByRole("region", { name: "Record a run" }).getByRole("status")).toHaveText("Run recorded.");

  // The run is on the test's page, as a passed drill with its RTO.
  await gotoReady(page, "/dr/tests/container_registry_failover");
  const run = page
    .getByTestId("dr-test-run")
    .filter({ has: page.getByRole("link", { name: new RegExp(`^Incident #${number} `) }) });
  await expect(run).toContainText("DRILL");
  await expect(run).toContainText("passed");
  await expect(run).toContainText(`RTO ${rto} min`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The public never sees it.
  // The public page is plain HTML (no console hydration to wait for).
  await page.goto("/status");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(DRILL_TITLE)).toHaveCount(0);
  const json = await request.get("/status.json");
  expect(json.ok()).toBe(true);
  expect(await json.text()).not.toContain(DRILL_TITLE);

  // The quarter's readiness counts the drill's run.
  expect(await recoveriesCounted(page)).toBeGreaterThan(countedBefore);
});

test("the calendar address serves ICS without a session, and a wrong one is not found", async ({
  page,
  browser,
  baseURL,
}) => {
  await gotoReady(page, "/dr/tests");
  // The path of the address: the feed is asked of this test server whatever host the address names.
  const url = new URL(await page.getByLabel("Calendar address").inputValue()).pathname;
  const anonymous = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const feed = await anonymous.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const body = await feed.text();
  expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(body).toContain("SUMMARY:DR test due: Backup restoration");
  const wrong = await anonymous.request.get(url.replace(/.{6}\.ics$/, "xxxxxx.ics"));
  expect(wrong.status()).toBe(404);
  await anonymous.close();
});
