// A signed-out visitor subscribes to status updates on a phone-sized screen, confirms by the link
// in the e-mail (read from the captured mail), manages the subscription and leaves with one click.
import { expect, test, type Page } from "@playwright/test";
import { gotoReady, linkFromMail, sessionFile, uniqueEmail } from "./fixtures";

const PHONE = { width: 360, height: 740 };

async function fitsWidth(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

test("a signed-out visitor subscribes at 360 px and confirms by the e-mailed link", async ({ browser, baseURL }) => {
  const visitor = await browser.newContext({ viewport: PHONE });
  const page = await visitor.newPage();
  await gotoReady(page, "/status/subscribe");
  await expect(page.getByRole("heading", { name: "Get status updates by e-mail" })).toBeVisible();
  await fitsWidth(page);

  const email = uniqueEmail("subscriber");
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByText("Enter your e-mail address")).toBeVisible();
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("radio", { name: /Chosen components/ }).check();
  await page.getByRole("button", { name: "Subscribe" }).click();
  // The choice needs a component; what was typed stays.
  await expect(page.getByText("Tick at least one component")).toBeVisible();
  await expect(page.getByLabel("E-mail address")).toHaveValue(email);
  await page.getByRole("checkbox", { name: /Documentation Generation/ }).check();
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");

  const confirm = await linkFromMail(
    browser,
    baseURL!,
    [email, "Confirm your status updates"],
    "/status/subscribe/confirm/",
  );
  await gotoReady(page, confirm);
  await fitsWidth(page);
  await expect(page.getByText(`Confirm that ${email} should get status updates`)).toBeVisible();
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page.getByRole("status")).toContainText("You are subscribed.");

  // The link is single-use: opened again, it says so.
  await gotoReady(page, confirm);
  await expect(page.getByRole("status")).toContainText("You are already subscribed.");
  await page.getByRole("link", { name: "Change what you get or unsubscribe" }).click();
  await expect(page.getByText(`${email}: subscribed`)).toBeVisible();
  await fitsWidth(page);
  await expect(page.getByRole("checkbox", { name: /Documentation Generation/ })).toBeChecked();

  // RFC 8058: a mail client's one-click POST to the unsubscribe URL, with no page and no cookie.
  const action = await page
    .getByRole("button", { name: "Unsubscribe from everything" })
    .locator("xpath=ancestor::form")
    .getAttribute("action");
  const oneClick = await visitor.request.post(action!, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  expect(await oneClick.text()).toContain("Unsubscribed.");
  await gotoReady(page, action!);
  await expect(page.getByRole("status")).toContainText("You are unsubscribed.");
  await fitsWidth(page);
  await visitor.close();
});

test("bad links get a clear page, not an error", async ({ browser }) => {
  const visitor = await browser.newContext({ viewport: PHONE });
  const page = await visitor.newPage();
  for (const [path, text] of [
    ["/status/subscribe/confirm/not-a-token", "This link is not valid."],
    ["/status/unsubscribe/not-a-token", "This link is not valid."],
    ["/status/subscriptions/manage/not-a-token", "This link is not valid."],
  ]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText(text);
  }
  const post = await visitor.request.post("/status/unsubscribe/not-a-token", {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(post.status()).toBe(404);
  await visitor.close();
});

test("the sign-up form works without JavaScript", async ({ browser }) => {
  const visitor = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await visitor.newPage();
  await page.goto("/status/subscribe");
  await page.getByLabel("E-mail address").fill(uniqueEmail("nojs"));
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");
  await visitor.close();
});

test("admins see subscriber counts; everyone manages their own in the console", async ({ browser, baseURL }) => {
  const stakeholder = await browser.newContext({ baseURL, storageState: sessionFile("stakeholder"), viewport: PHONE });
  const page = await stakeholder.newPage();
  await gotoReady(page, "/");
  // On a phone the account links are behind the Menu button.
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name: "My status updates" }).click();
  await expect(page.getByRole("heading", { name: "My status updates" })).toBeVisible();
  await page.getByRole("radio", { name: /Every component/ }).check();
  await page.getByRole("button", { name: /Subscribe|Save/ }).click();
  await expect(page.getByRole("status")).toContainText("Saved.");
  await expect(page.getByTestId("subscription-state")).toContainText(": subscribed");
  const denied = await page.goto("/admin/subscribers");
  expect(denied?.status()).toBe(403);
  await stakeholder.close();

  const admin = await browser.newContext({ baseURL, storageState: sessionFile("admin") });
  const adminPage = await admin.newPage();
  await gotoReady(adminPage, "/admin/subscribers");
  const row = adminPage.locator("tr", { hasText: "stakeholder@bridge.local" });
  await expect(row).toContainText("Confirmed");
  expect(Number(await adminPage.getByTestId("count-confirmed").textContent())).toBeGreaterThanOrEqual(1);
  adminPage.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: "Remove stakeholder@bridge.local" }).click();
  await expect(adminPage.locator("tr", { hasText: "stakeholder@bridge.local" })).toHaveCount(0);
  await admin.close();
});
