// Each demo role signs in and sees what its role allows: the navigation, who is signed in,
// and the plan's recovery and service objectives on the overview.
import { expect, test, type Page } from "@playwright/test";
import { currentUser, DEMO_ROLES, expectNavFor, gotoReady, ROLES, sessionFile } from "./fixtures";

const RTO = [
  ["Critical Service", "4 h"],
  ["Documentation Generation", "1 h"],
  ["Development Environment", "8 h"],
  ["CI/CD Pipeline", "2 h"],
];
const RPO = [
  ["Code Repository", "0 min"],
  ["Configuration Data", "15 min"],
  ["Generated Documentation", "1 h"],
  ["Performance Metrics", "5 min"],
];

async function expectObjectives(page: Page, card: string, rows: string[][]) {
  const region = page.getByRole("region", { name: card });
  await expect(region).toBeVisible();
  for (const [name, value] of rows) {
    const row = region.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(1)).toHaveText(value);
  }
}

for (const role of DEMO_ROLES) {
  test.describe(`signed in as ${role}`, () => {
    test.use({ storageState: sessionFile(role) });

    test("sees the overview with the plan's RTO, RPO and SLO values", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
      await expectObjectives(page, "Recovery time objectives (RTO)", RTO);
      await expectObjectives(page, "Recovery point objectives (RPO) and backups", RPO);
      await expect(page.getByRole("region", { name: /Service level objectives/ })).toContainText("99.9% uptime");
    });

    test("sees who is signed in and only the areas the role may open", async ({ page }) => {
      await page.goto("/");
      await expect(currentUser(page)).toContainText(ROLES[role].email);
      await expect(currentUser(page)).toContainText(ROLES[role].label);
      await expect(currentUser(page).getByRole("button", { name: "Sign out" })).toBeVisible();
      await expectNavFor(page, role === "admin");
    });

    if (role === "admin") {
      test("opens the users and audit pages", async ({ page }) => {
        await gotoReady(page, "/");
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
        await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
        await expect(page.getByRole("row").filter({ hasText: "stakeholder@bridge.local" })).toHaveCount(1);
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
        await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
      });
    } else {
      test("is refused the admin pages with 403 Not allowed", async ({ page }) => {
        for (const url of ["/admin/users", "/admin/audit"]) {
          const response = await page.goto(url);
          expect(response?.status(), url).toBe(403);
          await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
          await expect(page.getByRole("button", { name: "Create user" })).toHaveCount(0);
        }
      });
    }
  });
}

test("a visitor who is not signed in is sent to the login page", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});
