// A postmortem from start to publication: the commander resolves an incident and starts its
// postmortem, finds the timeline already assembled, writes the summary (saved, and still there
// after a reload), asks the responder to review; the responder approves in their own browser;
// the commander publishes and downloads the Markdown, which holds what was written.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { gotoReady, reloadReady, sessionFile } from "./fixtures";

const unique = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;
const region = (page: Page, name: string) => page.getByRole("region", { name });
const reviewers = (panel: Locator) => panel.getByRole("list", { name: "Reviewers" }).getByRole("listitem");

/** Declares through the REST API with the page's session; returns the incident number. */
async function declareByApi(page: Page, title: string): Promise<number> {
  const response = await page.request.post("/api/v1/incidents", {
    headers: { origin: test.info().project.use.baseURL! },
    data: { title, severity: "SEV2", componentSlugs: ["documentation-generation"], impact: "Docs are stale." },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { number: number }).number;
}

test("start, write, request review, approve, publish and export a postmortem", async ({ browser }) => {
  test.setTimeout(180_000);
  const commanderContext = await browser.newContext({ storageState: sessionFile("commander") });
  const responderContext = await browser.newContext({ storageState: sessionFile("responder") });
  const page = await commanderContext.newPage();
  const title = unique("Docs renderer stuck");
  const summaryText = `The renderer stalled on a cyclic schema ${randomUUID().slice(0, 8)}.`;

  // Resolve a newly declared incident as its commander.
  const number = await declareByApi(page, title);
  await gotoReady(page, `/incidents/${number}`);
  await page.getByLabel("Change status to").selectOption("RESOLVED");
  await page.getByLabel("Root cause summary").fill("A cyclic schema");
  await page.getByLabel("Resolution summary").fill("Broke the cycle and restarted the renderer");
  await page.getByRole("button", { name: "Update status" }).click();
  await expect(page.getByTestId("incident-status")).toHaveText("Resolved");

  // Start the postmortem: it opens on its own page, a draft.
  await page.getByRole("button", { name: "Start postmortem" }).click();
  await expect(page).toHaveURL(/\/postmortems\/[^/]+$/);
  const postmortemUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: `Postmortem: ${title}` })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();

  // The timeline is assembled from the incident's events before anyone touches it.
  await expect(region(page, "Timeline").getByRole("listitem").first()).toBeVisible();

  // Write the summary; it is saved, and a reload brings it back.
  const summary = page.getByRole("textbox", { name: "Summary", exact: true });
  // The save state sits beside the text box, in the innermost section holding it.
  const saved = page.locator("section").filter({ has: summary }).last().getByRole("status");
  await summary.fill(summaryText);
  await expect(saved).toHaveText("Saved", { timeout: 20_000 });
  await reloadReady(page);
  await expect(summary).toHaveValue(summaryText);

  // Ask the responder to review.
  const review = region(page, "Review");
  await review.getByRole("button", { name: "Request review" }).click();
  const dialog = page.getByRole("dialog", { name: "Request review" });
  await dialog.getByRole("checkbox", { name: "Riley Responder" }).check();
  await dialog.getByRole("button", { name: "Send review request" }).click();
  await expect(dialog).toBeHidden();
  await expect(reviewers(review).filter({ hasText: "Riley Responder" })).toContainText("Review requested");
  await expect(review.getByRole("button", { name: "Publish" })).toBeDisabled();

  // The responder approves in their own browser.
  const responder = await responderContext.newPage();
  await gotoReady(responder, postmortemUrl);
  const theirReview = region(responder, "Review");
  await theirReview.getByRole("button", { name: "Approve" }).click();
  await expect(reviewers(theirReview).filter({ hasText: "Riley Responder" })).toContainText("Approved");

  // Back as the commander: publishing is allowed now, and the postmortem becomes read-only.
  await reloadReady(page);
  await expect(reviewers(review).filter({ hasText: "Riley Responder" })).toContainText("Approved");
  await review.getByRole("button", { name: "Publish" }).click();
  await expect(review.getByRole("button", { name: "Open a new revision" })).toBeVisible();
  await expect(review.getByText("Published", { exact: true })).toBeVisible();
  await expect(review.getByRole("button", { name: "Request review" })).toHaveCount(0);

  // The Markdown download holds the summary as written.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    review.getByRole("link", { name: "Export Markdown" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`postmortem-${number}.md`);
  const markdown = await readFile((await download.path())!, "utf8");
  expect(markdown).toContain(`# Postmortem: ${title}`);
  expect(markdown).toContain(summaryText);

  // The print view is the same document without the console around it.
  await review.getByRole("link", { name: "Print view" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Postmortem: ${title}` })).toBeVisible();
  await expect(page.getByText(summaryText)).toBeVisible();

  await Promise.all([commanderContext.close(), responderContext.close()]);
});
