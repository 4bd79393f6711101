// Signing in and out as a person does it, including with the keyboard alone.
import { expect, test } from "@playwright/test";
import {
  createPerson,
  currentUser,
  DEMO_PASSWORD,
  fillSignIn,
  gotoReady,
  PERSON_PASSWORD,
  ROLES,
  signIn,
} from "./fixtures";

test("a wrong password shows the error and keeps the e-mail typed", async ({ page }) => {
  await fillSignIn(page, ROLES.responder.email, "not-the-password");
  // Next.js keeps an empty route announcer with role=alert on every page: match the message.
  await expect(page.getByRole("alert").filter({ hasText: "Wrong e-mail or password." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("E-mail")).toHaveValue(ROLES.responder.email);
  // Correcting the password is enough; nothing else has to be typed again.
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
});

test("the login form can be completed with the keyboard alone", async ({ page }) => {
  await gotoReady(page, "/login");
  await expect(page.getByLabel("E-mail")).toBeFocused();
  await page.keyboard.type(ROLES.commander.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/");
  await expect(currentUser(page)).toContainText(ROLES.commander.email);
});

test("the session survives a page reload", async ({ page }) => {
  await signIn(page, ROLES.stakeholder.email);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(currentUser(page)).toContainText(ROLES.stakeholder.email);
});

test("signing out ends the session", async ({ page, browser, baseURL }) => {
  await signIn(page, await createPerson(browser, baseURL), PERSON_PASSWORD);
  await currentUser(page).getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
});

test("a signed-in visitor of the login page goes to the overview", async ({ page }) => {
  await signIn(page, ROLES.commander.email);
  await page.goto("/login");
  await expect(page).toHaveURL("/");
});
