// Action items: a commander adds one to a seeded postmortem (a refused save keeps what was typed),
// finds it on /action-items filtered by owner, is asked for a reason before "won't do", marks it
// done, and the overdue filter leaves it out. A stakeholder reads the list without controls, and
// the list fits a 360 px screen.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { gotoReady, sessionFile, waitForHydration } from "./fixtures";

const OWNER = "Riley Responder";
const SEEDED_POSTMORTEM = /^Postmortem of #\d+ Documentation generation p95 latency above 3 s$/;

/** A day `days` from now, as a date input takes it (UTC, as due dates are kept). */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const row = (page: Page, title: string) => page.getByRole("row").filter({ hasText: title });

test.describe("as a commander", () => {
  test.use({ storageState: sessionFile("commander") });

  test("adds an action item, finds it by owner, needs a reason for won't do, marks it done", async ({ page }) => {
    // Several saves and page loads against a production build: a minute or more on a busy machine.
    test.setTimeout(150_000);
    const title = `Alert on template cache size ${randomUUID().slice(0, 6)}`;
    const due = dayFromNow(7);

    // The seeded postmortem in review, reached from the list's link to it.
    await gotoReady(page, "/action-items");
    await page.getByRole("link", { name: SEEDED_POSTMORTEM }).first().click();
    await expect(page).toHaveURL(/\/postmortems\/[^/?]+$/);
    await waitForHydration(page);
    const panel = page.getByRole("region", { name: "Action items" });
    await expect(panel.getByRole("heading", { level: 2, name: "Action items" })).toBeVisible();
    await expect(panel.getByRole("listitem").filter({ hasText: "Bound the template cache" })).toBeVisible();

    await panel.getByRole("button", { name: "Add action item" }).click();
    const dialog = page.getByRole("dialog", { name: "Add action item" });
    await dialog.getByLabel("Owner").selectOption({ label: OWNER });
    await dialog.getByLabel("Due date").fill(due);
    await dialog.getByLabel("Priority").selectOption({ label: "High" });
    await dialog.getByRole("button", { name: "Save action item" }).click();
    // No title: refused next to the field, and the owner, date and priority chosen are kept.
    await expect(dialog.getByText("Title is required")).toBeVisible();
    await expect(dialog.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByLabel("Due date")).toHaveValue(due);
    await expect(dialog.getByLabel("Priority")).toHaveValue("HIGH");

    await dialog.getByLabel("Title").fill(title);
    await dialog.getByLabel("How we will know it worked").fill("Cache size alert fires in the next load test");
    await dialog.getByRole("button", { name: "Save action item" }).click();
    await expect(dialog).toBeHidden();
    const item = panel.getByRole("listitem").filter({ hasText: title });
    await expect(item).toContainText(OWNER);
    await expect(item).toContainText(due);
    await expect(item).toContainText("High priority");

    // The list across postmortems, filtered by owner through the URL.
    await gotoReady(page, "/action-items");
    const filters = page.getByRole("search", { name: "Filter action items" });
    await filters.getByLabel("Owner").selectOption({ label: OWNER });
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]ownerId=/);
    await waitForHydration(page);
    await expect(row(page, title)).toBeVisible();
    await expect(row(page, "Bound the template cache")).toBeVisible();
    await expect(row(page, "Rotate backup registry credentials")).toHaveCount(0);

    // Won't do asks why before saving.
    const status = row(page, title).getByLabel(`Status of ${title}`, { exact: true });
    await status.selectOption({ label: "Won't do" });
    await row(page, title)
      .getByRole("button", { name: `Save status of ${title}` })
      .click();
    await expect(row(page, title).getByText("Say why it will not be done")).toBeVisible();
    await expect(status).toHaveValue("WONT_DO");

    await status.selectOption({ label: "Done" });
    await row(page, title)
      .getByRole("button", { name: `Save status of ${title}` })
      .click();
    await expect(row(page, title).getByRole("status").filter({ hasText: "Status saved." })).toBeVisible();

    const ownerUrl = new URL(page.url());
    await gotoReady(page, `${ownerUrl.pathname}${ownerUrl.search}&status=DONE`);
    await expect(row(page, title).getByLabel(`Status of ${title}`, { exact: true })).toHaveValue("DONE");
    await expect(row(page, "Bound the template cache")).toHaveCount(0);

    // Overdue only: a done item never is; the seeded open ones are due in days to come.
    await gotoReady(page, "/action-items");
    await page.getByRole("search", { name: "Filter action items" }).getByLabel("Overdue only").check();
    await page.getByRole("search", { name: "Filter action items" }).getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]overdue=1/);
    await expect(page.getByRole("row").filter({ hasText: title })).toHaveCount(0);
    await expect(page.getByRole("row").filter({ hasText: "Bound the template cache" })).toHaveCount(0);
  });
});

test.describe("as a commander, on the postmortem", () => {
  test.use({ storageState: sessionFile("commander") });

  test("edits and deletes an item of a draft; a published postmortem's items are tracked, not added or deleted", async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const title = `Soak test the renderer ${randomUUID().slice(0, 6)}`;
    await gotoReady(page, "/action-items");
    await page.getByRole("link", { name: SEEDED_POSTMORTEM }).first().click();
    await expect(page).toHaveURL(/\/postmortems\/[^/?]+$/);
    await waitForHydration(page);
    const panel = page.getByRole("region", { name: "Action items" });

    await panel.getByRole("button", { name: "Add action item" }).click();
    const add = page.getByRole("dialog", { name: "Add action item" });
    await add.getByLabel("Title").fill(title);
    await add.getByRole("button", { name: "Save action item" }).click();
    await expect(add).toBeHidden();
    await expect(panel.getByRole("listitem").filter({ hasText: title })).toContainText("Medium priority");

    await panel.getByRole("button", { name: `Edit ${title}` }).click();
    const edit = page.getByRole("dialog", { name: "Edit action item" });
    await expect(edit.getByLabel("Title")).toHaveValue(title);
    await edit.getByLabel("Title").fill(`${title} weekly`);
    await edit.getByLabel("Priority").selectOption({ label: "Low" });
    await edit.getByRole("button", { name: "Save action item" }).click();
    await expect(edit).toBeHidden();
    const renamed = panel.getByRole("listitem").filter({ hasText: `${title} weekly` });
    await expect(renamed).toContainText("Low priority");

    await renamed.getByRole("button", { name: `Delete ${title} weekly` }).click();
    await renamed.getByRole("button", { name: "Yes, delete" }).click();
    await expect(panel.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);

    // The published one: its items can still be moved to done, but none is added or deleted.
    await gotoReady(page, "/action-items");
    await page
      .getByRole("link", { name: /^Postmortem of #\d+ Container registry outage blocks deployments$/ })
      .first()
      .click();
    await waitForHydration(page);
    const published = page.getByRole("region", { name: "Action items" });
    await expect(
      published.getByRole("listitem").filter({ hasText: "Rotate backup registry credentials" }),
    ).toBeVisible();
    await expect(published.getByRole("button", { name: /^Save status of Rotate backup/ })).toBeVisible();
    await expect(published.getByRole("button", { name: "Add action item" })).toHaveCount(0);
    await expect(published.getByRole("button", { name: /^Delete / })).toHaveCount(0);
  });
});

/** Wide tables scroll inside their own container; the page itself never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("on a 360 px screen as a commander", () => {
  test.use({ storageState: sessionFile("commander") });

  test("the list with its status controls scrolls inside its table, not the page", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await gotoReady(page, "/action-items");
    await expect(page.getByRole("button", { name: /^Save status of / }).first()).toBeAttached();
    await expectNoSidewaysScroll(page);
  });
});

test.describe("as a stakeholder", () => {
  test.use({ storageState: sessionFile("stakeholder") });

  test("reads the list without status controls, and it fits a narrow screen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await gotoReady(page, "/action-items");
    const table = page.getByRole("table", { name: "Action items" });
    await expect(table.getByRole("columnheader", { name: "Due" })).toBeAttached();
    await expect(row(page, "Bound the template cache")).toContainText("In progress");
    await expect(page.getByRole("button", { name: /^Save status/ })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
  });
});
