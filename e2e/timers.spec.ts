// The timer audit page: each list of deadlines opens with which deadline and when it was
// planned, then its own columns; an empty list says so in words instead of an empty table. The
// delivery targets that are failing are listed beside them.
import { expect, test } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test.use({ storageState: sessionFile("admin") });

const LISTS = [
  { name: "Flagged: more than 60 s late", head: ["Fired", "Late by", "Why"], empty: /No deadline fired or waited/ },
  { name: "Overdue, not yet fired", head: ["Overdue by", "Attempts", "Last error"], empty: /No pending deadline/ },
  { name: "Failed", head: ["Fired", "Attempts", "Last error"], empty: /No deadline has failed/ },
  {
    name: "Recently fired",
    head: ["Fired", "Lateness", "Status", "Attempts", "Last error"],
    empty: /No deadline has fired yet/,
  },
];

test("an admin sees every list of deadlines with its columns or its empty message", async ({ page }) => {
  await gotoReady(page, "/admin/timers");
  await expect(page.getByRole("heading", { level: 1, name: "Timer audit" })).toBeVisible();
  for (const { name, head, empty } of LISTS) {
    const region = page.getByRole("region", { name, exact: true });
    await expect(region).toBeVisible();
    const table = region.getByRole("table");
    if ((await table.count()) === 0) {
      await expect(region).toContainText(empty);
      continue;
    }
    await expect(table.getByRole("columnheader")).toHaveText(["Deadline", "Planned", ...head]);
    const first = table.getByRole("row").nth(1).getByRole("cell");
    await expect(first).toHaveCount(2 + head.length);
    await expect(first.nth(1).locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  }
  await expect(page.getByRole("region", { name: "Recently fired" })).toContainText(/most recently fired deadlines/);
  // Failing delivery targets: a table of them, or the words that none is failing.
  const targets = page.getByRole("region", { name: "Delivery targets with failures", exact: true });
  const table = targets.getByRole("table");
  if ((await table.count()) === 0) await expect(targets).toContainText(/Every target .* took its last send/);
  else
    await expect(table.getByRole("columnheader")).toHaveText([
      "Target",
      "State",
      "Failures in a row",
      "Next probe",
      "Waiting",
    ]);
});
