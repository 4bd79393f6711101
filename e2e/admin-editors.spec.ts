// The admin editors for who is paged and told: matrix rules, stakeholder groups and members,
// escalation policies. Other roles see the matrix read-only and are refused the editors.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { gotoReady, reloadReady, sessionFile } from "./fixtures";

async function createGroup(page: Page, name: string, key: string) {
  await gotoReady(page, "/matrix");
  const form = page.getByRole("form", { name: "Create a group" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Key", { exact: true }).fill(key);
  await form.getByRole("button", { name: "Create group" }).click();
  await expect(form.getByRole("status")).toHaveText("Group created.");
}

async function addSev2Rule(page: Page, groupName: string) {
  const form = page.getByRole("form", { name: "Add a SEV2 rule" });
  await form.getByLabel("Deadline", { exact: true }).selectOption({ label: "Within 1 h" });
  await form.getByLabel("Group", { exact: true }).selectOption({ label: groupName });
  await form.getByLabel("Template", { exact: true }).selectOption({ label: "Initial notification" });
  await form.getByLabel("Sending", { exact: true }).selectOption({ label: "Automatic" });
  await form.getByRole("button", { name: "Add rule" }).click();
  return form;
}

test.describe("as an admin", () => {
  test.use({ storageState: sessionFile("admin") });

  test("adds a SEV2 rule for a new group, sees it after reload, and is told about a duplicate", async ({ page }) => {
    const suffix = randomUUID().slice(0, 6);
    const groupName = `E2E watchers ${suffix}`;
    await createGroup(page, groupName, `e2e_watchers_${suffix}`);

    let form = await addSev2Rule(page, groupName);
    await expect(form.getByRole("status")).toHaveText("Rule added.");
    await reloadReady(page);
    const sev2 = page.getByRole("region", { name: "SEV2 · High" });
    const row = sev2.getByRole("row").filter({ hasText: groupName });
    await expect(row).toHaveCount(1);
    await expect(row.getByLabel(`Deadline of SEV2 rule for ${groupName}`)).toHaveValue("60");
    await expect(row.getByLabel(`Sending of SEV2 rule for ${groupName}`)).toHaveValue("true");

    form = await addSev2Rule(page, groupName);
    const group = form.getByLabel("Group", { exact: true });
    await expect(group).toHaveAttribute("aria-invalid", "true");
    await expect(group).toHaveAccessibleDescription(`${groupName} is already told for SEV2 within 1 h`);
    await expect(group.locator("option:checked")).toHaveText(groupName);
    await expect(form.getByLabel("Deadline", { exact: true })).toHaveValue("60");
    await expect(sev2.getByRole("row").filter({ hasText: groupName })).toHaveCount(1);

    // Leave the matrix as the plan has it, so incidents declared by other specs owe what they expect.
    await row.getByRole("button", { name: `Remove SEV2 rule for ${groupName}` }).click();
    await expect(sev2.getByRole("row").filter({ hasText: groupName })).toHaveCount(0);
  });

  test("adds e-mail members to a group: a bad address is named, a good one is added", async ({ page }) => {
    const suffix = randomUUID().slice(0, 6);
    const groupName = `E2E members ${suffix}`;
    await createGroup(page, groupName, `e2e_members_${suffix}`);
    await page.getByRole("link", { name: groupName }).click();
    await expect(page.getByRole("heading", { level: 1, name: groupName })).toBeVisible();

    const form = page.getByRole("form", { name: "Add a member" });
    await form.getByLabel("Kind", { exact: true }).selectOption({ label: "E-mail address" });
    await form.getByLabel("E-mail address", { exact: true }).fill("ops-at-example.com");
    await form.getByRole("button", { name: "Add member" }).click();
    await expect(form.getByRole("alert").filter({ hasText: "Enter a valid e-mail address" })).toBeVisible();
    await expect(form.getByLabel("E-mail address", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("E-mail address", { exact: true })).toHaveValue("ops-at-example.com");
    await expect(form.getByLabel("Kind", { exact: true })).toHaveValue("EMAIL");

    await form.getByLabel("E-mail address", { exact: true }).fill("Ops@Example.com");
    await form.getByRole("button", { name: "Add member" }).click();
    await expect(form.getByRole("status")).toHaveText("Member added.");
    const members = page.getByRole("table", { name: `Members of ${groupName}` });
    await expect(members.getByRole("row").filter({ hasText: "ops@example.com" })).toHaveCount(1);

    await form.getByLabel("Kind", { exact: true }).selectOption({ label: "Webhook" });
    await form.getByLabel("Webhook URL", { exact: true }).fill("https://hooks.example.com/bridge");
    await form.getByLabel("Timeout in ms (optional)").fill("2500");
    await form.getByRole("button", { name: "Add member" }).click();
    const secret = page.getByTestId("webhook-secret");
    await expect(secret).toHaveText(/^whsec_/);
    await page.reload();
    await expect(members.getByRole("row").filter({ hasText: "hooks.example.com" })).toHaveCount(1);
    await expect(page.getByTestId("webhook-secret")).toHaveCount(0);

    // The webhook's own timeout: refused next to the field when out of range, saved and kept.
    const hook = members.getByRole("row").filter({ hasText: "hooks.example.com" });
    const timeout = hook.getByLabel("Timeout in ms", { exact: true });
    await expect(timeout).toHaveValue("2500");
    await timeout.fill("50");
    await hook.getByRole("button", { name: "Save timeout" }).click();
    await expect(hook.getByRole("alert").filter({ hasText: "Between 100 and 60000 ms" })).toBeVisible();
    await expect(timeout).toHaveValue("50");
    await timeout.fill("3000");
    await hook.getByRole("button", { name: "Save timeout" }).click();
    await expect(hook.getByRole("status")).toHaveText("Timeout saved.");
    await page.reload();
    await expect(timeout).toHaveValue("3000");
  });

  test("edits the default policy's secondary level delay to 20 minutes and it persists", async ({ page }) => {
    await gotoReady(page, "/admin/policies");
    await page.getByRole("link", { name: "Default (plan)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Default \(plan\)/ })).toBeVisible();
    const level = (n: number) => page.getByRole("group", { name: `Level ${n}`, exact: true });
    await expect(level(2).getByLabel("Name", { exact: true })).toHaveValue("Secondary on-call");
    await level(2).getByLabel("Escalate after (minutes)").fill("20");
    // A bad address is refused next to its field and nothing typed is lost.
    await level(3).getByLabel("E-mail address").fill("not-an-address");
    await page.getByRole("button", { name: "Save policy" }).click();
    await expect(level(3).getByRole("alert").filter({ hasText: "Enter a valid e-mail address" })).toBeVisible();
    await expect(level(2).getByLabel("Escalate after (minutes)")).toHaveValue("20");
    await expect(level(2).getByLabel("Kind").first()).toHaveValue("EMAIL");
    await expect(level(2).getByLabel("Kind").last()).toHaveValue("USER");
    await level(3).getByLabel("E-mail address").fill("eng-manager@example.com");
    await page.getByRole("button", { name: "Save policy" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Policy saved." })).toBeVisible();

    await reloadReady(page);
    await expect(level(2).getByLabel("Escalate after (minutes)")).toHaveValue("20");
    await expect(level(1).getByLabel("Escalate after (minutes)")).toHaveValue("15");
    await expect(level(3).getByLabel("E-mail address")).toHaveValue("eng-manager@example.com");
    await gotoReady(page, "/admin/policies");
    await expect(page.getByRole("row").filter({ hasText: "Default (plan)" })).toContainText(
      "Secondary on-call · 20 min",
    );

    // Back to the plan's 30 minutes and address, so other specs see the seeded policy.
    await page.getByRole("link", { name: "Default (plan)" }).click();
    await level(2).getByLabel("Escalate after (minutes)").fill("30");
    await level(3).getByLabel("E-mail address").fill("eng-manager@company.com");
    await page.getByRole("button", { name: "Save policy" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Policy saved." })).toBeVisible();
  });
});

test.describe("as a commander", () => {
  test.use({ storageState: sessionFile("commander") });

  test("sees the matrix read-only and is refused the policy and group editors", async ({ page }) => {
    await page.goto("/matrix");
    await expect(page.getByRole("heading", { level: 1, name: "Notification matrix" })).toBeVisible();
    const sev2 = page.getByRole("region", { name: "SEV2 · High" });
    await expect(sev2.getByRole("row").filter({ hasText: "Engineering manager" })).toContainText("Within 30 min");
    await expect(page.getByRole("button", { name: "Add rule" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
    await expect(page.getByRole("combobox")).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Create a group" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "CTO", exact: true })).toHaveCount(0);

    for (const url of ["/admin/policies", "/admin/policies/new", "/matrix/groups/cto"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(403);
      await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    }
  });
});
