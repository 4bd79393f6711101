// Push notifications on a phone-sized screen: a browser without push support is told so, and one
// with it subscribes, sees its device listed and removes it. The browser's push service is out
// of reach here, so PushManager hands back a subscription of the shape browsers make.
import { expect, test } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test.use({ storageState: sessionFile("responder"), viewport: { width: 360, height: 740 }, serviceWorkers: "allow" });

/** The page fits 360 px: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: import("@playwright/test").Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a browser without push support is told so", async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { PushManager?: unknown }).PushManager;
  });
  await gotoReady(page, "/profile/push");
  await expect(page.getByText(/^This browser cannot receive push notifications/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Turn on push notifications" })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
});

test("subscribing this device lists it, and Remove takes it off", async ({ page }) => {
  await page.addInitScript(() => {
    const bytes = (n: number, first = 0) => {
      const a = new Uint8Array(n).fill(7);
      a[0] = first || a[0];
      return btoa(String.fromCharCode(...a))
        .replace(/\+/g, "-")
        .replace(/\//g, "_")
        .replace(/=+$/, "");
    };
    const json = {
      endpoint: `https://push.example.test/send/${crypto.randomUUID()}`,
      keys: { p256dh: bytes(65, 4), auth: bytes(16) },
    };
    let current: unknown = null;
    const subscription = { endpoint: json.endpoint, toJSON: () => json, unsubscribe: async () => true };
    Object.defineProperty(Notification, "permission", { get: () => "default" });
    Notification.requestPermission = async () => "granted";
    PushManager.prototype.subscribe = async function () {
      current = subscription;
      return subscription as unknown as PushSubscription;
    };
    PushManager.prototype.getSubscription = async () => current as PushSubscription | null;
  });
  await gotoReady(page, "/profile/push");
  const devices = page.getByRole("list", { name: "Devices with push notifications" });
  const before = await devices.getByRole("listitem").count();
  await page.getByRole("button", { name: "Turn on push notifications" }).click();
  await expect(page.getByText(/^Push notifications are on for Chrome on/)).toBeVisible();
  await expect(page.getByText("This device shows a notification when you are paged.")).toBeVisible();
  await expect(devices.getByRole("listitem")).toHaveCount(before + 1);
  await expectNoSidewaysScroll(page);

  const remove = page.getByRole("button", { name: /^Remove Chrome on/ }).first();
  await remove.click();
  await expect(page.getByText("Device removed. It gets no more push notifications.")).toBeVisible();
  await expect(devices.getByRole("listitem")).toHaveCount(before);
});
