// Sign-in and session edges an attacker would try: a callbackUrl that points at another site,
// a signed-out cookie replayed later, and error text smuggled into the login page's URL.
import { expect, test, type Page } from "@playwright/test";
import { createPerson, currentUser, PERSON_PASSWORD as PASSWORD, signIn } from "./fixtures";

async function signInVia(page: Page, url: string, email: string) {
  await page.goto(url);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

for (const callbackUrl of ["/%5Cevil.example/", "/%09/evil.example/", "//evil.example/", "https://evil.example/"]) {
  test(`signing in with callbackUrl ${callbackUrl} stays on this site`, async ({ browser, baseURL }) => {
    const email = await createPerson(browser, baseURL);
    const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await signInVia(page, `/login?callbackUrl=${callbackUrl}`, email);
    await expect(page).toHaveURL("/");
    await expect(currentUser(page)).toContainText(email);
    await context.close();
  });
}

test("a same-site callbackUrl is still honoured", async ({ browser, baseURL }) => {
  const email = await createPerson(browser, baseURL);
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInVia(page, `/login?callbackUrl=${encodeURIComponent("/matrix")}`, email);
  await expect(page).toHaveURL("/matrix");
  await context.close();
});

test("a cookie saved before signing out no longer works, in pages or the API", async ({ browser, baseURL }) => {
  const email = await createPerson(browser, baseURL);
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, email, PASSWORD);
  const saved = await context.storageState();
  expect((await context.request.get("/api/v1/incidents")).status()).toBe(200);
  await currentUser(page).getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await context.close();

  const replay = await browser.newContext({ baseURL, storageState: saved });
  const again = await replay.newPage();
  await again.goto("/");
  await expect(again).toHaveURL(/\/login/);
  const api = await replay.request.get("/api/v1/incidents");
  expect(api.status()).toBe(401);
  expect(await (await replay.request.get("/api/auth/session")).json()).toEqual({});
  await replay.close();
});

test("the login page shows no text smuggled into ?error=", async ({ page }) => {
  await page.context().clearCookies();
  await page.goto(`/login?error=${encodeURIComponent("Transaction API error: call +1 555 0100")}`);
  await expect(page.getByRole("alert").filter({ hasText: "Sign-in failed. Try again." })).toBeVisible();
  await expect(page.getByText("555 0100")).toHaveCount(0);
  await page.goto("/login?error=CredentialsSignin");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong e-mail or password." })).toBeVisible();
});
