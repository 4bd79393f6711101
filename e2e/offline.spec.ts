// Installable on a phone: the manifest names the app and its icons, and when the connection is
// gone the service worker shows a page that says so instead of stale incident data.
import { expect, test } from "@playwright/test";
import { gotoReady, sessionFile } from "./fixtures";

test.use({ storageState: sessionFile("responder"), serviceWorkers: "allow" });

test("the web app manifest names Bridge, opens standalone and lists icons that load", async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ short_name: "Bridge", display: "standalone", start_url: "/" });
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) {
    const image = await request.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
  }
});

test("offline, a page shows that the connection is gone and no incident data", async ({ page, context }) => {
  await gotoReady(page, "/incidents");
  // The worker is active once it has cached the offline page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.goto("/incidents").catch(() => undefined);
  await expect(page.getByRole("heading", { name: "No connection to Bridge" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await context.setOffline(false);
  await page.getByRole("link", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Incidents", exact: true })).toBeVisible();
});
