// An admin adds a person in the UI; the form explains a bad password, the new person can sign
// in with the role given, and the change is in the audit log.
import { expect, test, type Page } from "@playwright/test";
import { currentUser, expectNavFor, gotoReady, ROLES, sessionFile, signIn, uniqueEmail } from "./fixtures";

const PASSWORD = "correct-horse-battery";

test.use({ storageState: sessionFile("admin") });

async function addUser(page: Page, email: string, password: string) {
  const form = page.getByRole("region", { name: "Add a user" });
  await form.getByLabel("E-mail", { exact: true }).fill(email);
  await form.getByLabel("Name", { exact: true }).fill("Robin Example");
  await form.getByLabel("Role", { exact: true }).selectOption({ label: "Responder" });
  await form.getByLabel("Initial password", { exact: true }).fill(password);
  await form.getByRole("button", { name: "Create user" }).click();
  return form;
}

async function auditRows(page: Page, filters: { actor?: string; action?: string }) {
  await gotoReady(page, "/admin/audit");
  if (filters.actor) await page.getByLabel("Actor", { exact: true }).fill(filters.actor);
  if (filters.action) await page.getByLabel("Action", { exact: true }).selectOption(filters.action);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?/);
  return page.getByRole("table", { name: "Audit log entries" }).getByRole("row");
}

test("an admin creates a user who can then sign in, and the audit log shows it", async ({ page, browser }) => {
  const email = uniqueEmail("robin");
  await gotoReady(page, "/admin/users");

  let form = await addUser(page, email, "short");
  const passwordError = form.getByRole("alert").filter({ hasText: "At least 12 characters" });
  await expect(passwordError).toBeVisible();
  await expect(form.getByLabel("Initial password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("E-mail", { exact: true })).toHaveValue(email);
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);

  form = await addUser(page, email, PASSWORD);
  await expect(form.getByRole("status")).toHaveText("User created.");
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(1);
  await expect(page.getByLabel(`Role of ${email}`)).toHaveValue("RESPONDER");

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const newcomer = await context.newPage();
  await signIn(newcomer, email, PASSWORD);
  await expect(currentUser(newcomer)).toContainText(email);
  await expect(currentUser(newcomer)).toContainText("Responder");
  await expectNavFor(newcomer, false);
  await context.close();

  const creates = (await auditRows(page, { actor: ROLES.admin.email, action: "user.create" })).filter({
    hasText: email,
  });
  await expect(creates).toHaveCount(1);
  await expect(creates).toContainText("user.create");
  await expect(creates).not.toContainText("passwordHash");
  const signIns = (await auditRows(page, { actor: email, action: "auth.sign_in" })).filter({ hasText: "auth.sign_in" });
  await expect(signIns).toHaveCount(1);
});

test("an admin changes a person's role: their session ends and the new role applies at their next sign-in", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("promoted");
  await gotoReady(page, "/admin/users");
  const form = await addUser(page, email, PASSWORD);
  await expect(form.getByRole("status")).toHaveText("User created.");

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const person = await context.newPage();
  await signIn(person, email, PASSWORD);
  await expectNavFor(person, false);

  await page.getByLabel(`Role of ${email}`).selectOption("ADMIN");
  await page.getByRole("button", { name: `Save ${email}` }).click();
  await expect(page.getByRole("row").filter({ hasText: email }).getByRole("status")).toHaveText("Saved.");

  await person.reload();
  await expect(person).toHaveURL(/\/login/);
  await signIn(person, email, PASSWORD);
  await expect(person.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toBeVisible();
  await context.close();

  const updates = (await auditRows(page, { actor: ROLES.admin.email, action: "user.update" })).filter({
    hasText: email,
  });
  await expect(updates).toHaveCount(1);
});
