// Live updates: an admin and a stakeholder both watch the overview; the admin declares an
// incident and the stakeholder sees it within 2 s, without reloading. The stream refuses visitors.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { gotoReady, sessionFile, type DemoRole } from "./fixtures";

async function watchOverview(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: sessionFile(role) });
  const page = await context.newPage();
  await gotoReady(page, "/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.locator("[data-live-state]")).toHaveAttribute("data-live-state", "live");
  // Survives only as long as the document does: proves nothing reloaded it.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  return page;
}

const notReloaded = (page: Page) =>
  page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

test("a declared incident appears on another browser's overview within 2 s, without reload", async ({ browser }) => {
  const [admin, stakeholder] = [await watchOverview(browser, "admin"), await watchOverview(browser, "stakeholder")];
  const title = `Live e2e ${randomUUID().slice(0, 8)}`;
  const seen = stakeholder.getByRole("region", { name: "Active incidents" }).getByRole("link", { name: title });
  await expect(seen).toHaveCount(0);

  // The admin declares through the console's dialog (key D), which opens the new incident.
  await admin.keyboard.press("d");
  const dialog = admin.getByRole("dialog", { name: "Declare an incident" });
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByRole("radio", { name: /SEV1/ }).check();
  await dialog.getByRole("checkbox", { name: /Critical Service/ }).check();
  await dialog.getByRole("button", { name: "Declare", exact: true }).click();
  await expect(admin).toHaveURL(/\/incidents\/\d+$/);
  const number = Number(new URL(admin.url()).pathname.split("/").pop());

  await expect(seen).toBeVisible({ timeout: 2_000 });
  await expect(seen).toHaveAttribute("href", `/incidents/${number}`);
  // Its status reads as on every other page: the label for people, not the database value.
  const row = stakeholder
    .getByRole("region", { name: "Active incidents" })
    .getByRole("row")
    .filter({ has: stakeholder.getByRole("link", { name: title }) });
  await expect(row).toContainText("Investigating");
  expect(await notReloaded(stakeholder)).toBe(true);
  // Stakeholders see no internals. The admin sees what is owed for it on its page, and the
  // overview's soonest deadlines (other specs' incidents may fill those, so none is named).
  await expect(stakeholder.getByRole("region", { name: "Due next" })).toHaveCount(0);
  await expect(admin.getByRole("region", { name: "Notifications owed" }).getByRole("row").nth(1)).toBeVisible();
  await admin.goto("/");
  await expect(admin.getByRole("region", { name: "Due next" }).getByRole("row").first()).toBeVisible();
  await Promise.all([admin.context().close(), stakeholder.context().close()]);
});

test("the event stream answers 401 to a visitor who is not signed in", async ({ request }) => {
  const response = await request.get("/api/events");
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  expect(((await response.json()) as { title: string }).title).toBe("UNAUTHENTICATED");
});

test("the event stream opens for a signed-in stakeholder with SSE headers", async ({ browser }) => {
  const context = await browser.newContext({ storageState: sessionFile("stakeholder") });
  const page = await context.newPage();
  await page.goto("/login");
  // Read the first frame in the page itself: a streaming response never "finishes" for request.get.
  const first = await page.evaluate(async () => {
    const controller = new AbortController();
    const response = await fetch("/api/events", { signal: controller.signal });
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    controller.abort();
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      cache: response.headers.get("cache-control"),
      text: new TextDecoder().decode(value),
    };
  });
  expect(first).toMatchObject({ status: 200, type: "text/event-stream", cache: "no-cache, no-transform" });
  expect(first.text).toMatch(/^retry: 2000\n:/);
  await context.close();
});
