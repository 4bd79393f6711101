// Runbooks end to end: a commander writes and edits a runbook (version 2 in its history, with
// field errors that keep what was typed), then runs it on an incident as a live checklist that a
// commander and a responder tick in two browsers, each seeing the other's steps without reload.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { gotoReady, sessionFile, type DemoRole } from "./fixtures";

const PHONE = { width: 360, height: 800 };

async function open(browser: Browser, role: DemoRole, url: string): Promise<Page> {
  const context = await browser.newContext({ storageState: sessionFile(role), viewport: PHONE });
  const page = await context.newPage();
  await gotoReady(page, url);
  return page;
}

async function fitsPhone(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Creates a runbook of three steps through the editor and lands on its page. */
async function createRunbook(page: Page, steps: string[]): Promise<{ key: string; title: string }> {
  const key = `e2e-${randomUUID().slice(0, 8)}`;
  const title = `Fail over ${key}`;
  await gotoReady(page, "/dr/runbooks/new");
  // The console's declare dialog has a Title too: stay inside the editor.
  const form = page.getByRole("region", { name: "Runbook", exact: true });
  await form.getByLabel("Key").fill(key);
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Category").fill("failover");
  for (const [i, step] of steps.entries()) {
    if (i > 0) await page.getByRole("button", { name: "Add step" }).click();
    await page.getByLabel(`Step ${i + 1} title`).fill(step);
  }
  await page.getByRole("button", { name: "Create runbook" }).click();
  await expect(page).toHaveURL(`/dr/runbooks/${key}?saved=1`);
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 1." })).toBeVisible();
  return { key, title };
}

test("a commander creates a runbook and edits it; version 2 is in its history with its diff", async ({ browser }) => {
  const page = await open(browser, "commander", "/dr/runbooks");
  const { key, title } = await createRunbook(page, ["Stop writes", "Promote replica", "Point traffic"]);

  await page.getByRole("link", { name: "Edit runbook" }).click();
  await expect(page.getByLabel("Step 3 title")).toHaveValue("Point traffic");
  await page.getByLabel("Step 2 command (optional)").fill("pg_ctl promote");
  await page.getByRole("button", { name: "Move step 3 up" }).click();
  await expect(page.getByLabel("Step 2 title")).toHaveValue("Point traffic");
  await page.getByLabel("Step 1 title").fill("");
  await page.getByRole("button", { name: "Save new version" }).click();

  // Errors next to the step's field and the note; everything typed is still there.
  await expect(page.getByLabel("Step 1 title")).toHaveAccessibleDescription("Step title is required");
  await expect(page.getByLabel("What changed")).toHaveAccessibleDescription("Say what changed is required");
  await expect(page.getByLabel("Step 2 title")).toHaveValue("Point traffic");
  await expect(page.getByLabel("Step 3 command (optional)")).toHaveValue("pg_ctl promote");

  await page.getByLabel("Step 1 title").fill("Stop all writes");
  await page.getByLabel("What changed").fill("Traffic moves before the promotion");
  await page.getByRole("button", { name: "Save new version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2." })).toBeVisible();
  await expect(page.getByRole("list", { name: `Steps of ${title}` }).getByRole("listitem")).toHaveText([
    /Stop all writes/,
    /Point traffic/,
    /Promote replica.*pg_ctl promote/s,
  ]);

  const history = page.getByRole("table", { name: `Versions of ${title}` });
  await expect(history.getByRole("row").filter({ hasText: "Traffic moves before the promotion" })).toContainText(
    "Version 2",
  );
  await fitsPhone(page);
  await history.getByRole("link", { name: "Version 2" }).click();
  await expect(page).toHaveURL(`/dr/runbooks/${key}/versions/2`);
  const diff = page.getByRole("list", { name: "Changes in version 2" });
  await expect(diff.getByRole("listitem").filter({ hasText: /^Added: \+ 1\. Stop all writes$/ })).toHaveCount(1);
  await expect(diff.getByRole("listitem").filter({ hasText: /^Removed: − 1\. Stop writes$/ })).toHaveCount(1);
  await expect(diff.getByRole("listitem").filter({ hasText: /^Added: \+\s+Command: pg_ctl promote$/ })).toHaveCount(1);
  await fitsPhone(page);
  await page.context().close();
});

test("a run on an incident is a live checklist for commander and responder", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const commander = await open(browser, "commander", "/dr/runbooks");
  const { title } = await createRunbook(commander, ["Stop writes", "Promote replica", "Point traffic"]);

  const api = await playwright.request.newContext({
    baseURL,
    storageState: sessionFile("commander"),
    extraHTTPHeaders: { origin: baseURL ?? "" },
  });
  const declared = await api.post("/api/v1/incidents", {
    data: {
      title: `Runbook bridge ${randomUUID().slice(0, 8)}`,
      severity: "SEV2",
      componentSlugs: ["documentation-generation"],
    },
  });
  expect(declared.status()).toBe(201);
  const { number } = (await declared.json()) as { number: number };
  await api.dispose();

  await gotoReady(commander, `/incidents/${number}`);
  const responder = await open(browser, "responder", `/incidents/${number}`);
  for (const page of [commander, responder])
    await expect(page.locator("[data-live-state]")).toHaveAttribute("data-live-state", "live");

  await commander.getByLabel("Runbook to run").selectOption({ label: title });
  await commander.getByRole("button", { name: "Start run" }).click();
  const run = (page: Page) => page.getByRole("region", { name: `${title} (version 1)` });
  const step = (page: Page, n: number, name: string) => run(page).getByRole("listitem", { name: `Step ${n}: ${name}` });
  await expect(run(responder)).toBeVisible();

  // Done in one browser shows in the other.
  await step(responder, 1, "Stop writes").getByRole("button", { name: "Done: step 1" }).click();
  await expect(step(commander, 1, "Stop writes")).toContainText(/Done\s*by /);

  // A skip needs its reason, said next to the field.
  const skip = step(commander, 2, "Promote replica");
  await skip.getByRole("button", { name: "Skipped: step 2" }).click();
  await expect(skip.getByLabel("Step 2: reason or note")).toHaveAccessibleDescription("Say why the step was skipped");
  await skip.getByLabel("Step 2: reason or note").fill("Replica was already primary");
  await skip.getByRole("button", { name: "Skipped: step 2" }).click();
  await expect(step(responder, 2, "Promote replica")).toContainText("Skipped");
  await expect(step(responder, 2, "Promote replica")).toContainText("Replica was already primary");

  // What was done differently marks the run modified, for everyone.
  const changed = step(responder, 3, "Point traffic");
  await changed.getByText("Add a note or what changed").click();
  await changed.getByLabel(/Step 3: changed/).fill("Used the CLI; the console was down");
  await changed.getByRole("button", { name: "Done: step 3" }).click();
  await expect(run(commander).getByText("Modified", { exact: true })).toBeVisible();
  await expect(run(commander)).toContainText("Point traffic: Used the CLI; the console was down");

  await commander.getByRole("button", { name: `Complete run of ${title}` }).click();
  await expect(run(responder).getByText("Completed", { exact: true })).toBeVisible();
  await expect(responder.getByRole("button", { name: `Complete run of ${title}` })).toHaveCount(0);
  await fitsPhone(commander);
  await fitsPhone(responder);
  await Promise.all([commander.context().close(), responder.context().close()]);
});
