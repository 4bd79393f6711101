// At 3 a.m. on a phone: the paged responder opens the incident and, without scrolling, sees how bad
// it is, how long it has run, when the next level is paged, and a large Acknowledge button.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { declareSev1, gotoReady, sessionFile } from "./fixtures";

test.use({ storageState: sessionFile("responder") });

for (const viewport of [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} × ${viewport.height} a responder acknowledges from the first screen of the incident page`, async ({
    page,
    playwright,
    baseURL,
  }) => {
    await page.setViewportSize(viewport);
    const title = `Phone page ${randomUUID().slice(0, 8)}`;
    const number = await declareSev1(playwright, baseURL!, title);

    await gotoReady(page, `/incidents/${number}`);
    const firstScreen = async (name: string, locator: ReturnType<typeof page.getByRole>) => {
      await expect(locator, name).toBeVisible();
      const box = await locator.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.y + box!.height, `${name} ends within the first screen`).toBeLessThanOrEqual(viewport.height);
    };
    await firstScreen("title", page.getByRole("heading", { level: 1, name: title }));
    await firstScreen("severity", page.getByTestId("incident-severity"));
    await firstScreen("state", page.getByTestId("incident-status"));
    await firstScreen("elapsed time", page.getByRole("timer", { name: /^Elapsed/ }));
    // The header's countdown comes first in the page; the escalation panel further down has one too.
    await firstScreen("next escalation", page.getByRole("timer", { name: /^Next escalation: due in / }).first());
    const acknowledge = page.getByRole("button", { name: "Acknowledge" });
    await firstScreen("Acknowledge", acknowledge);
    const box = await acknowledge.boundingBox();
    expect(box!.height, "a thumb-sized button").toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

    await acknowledge.click();
    await expect(page.getByRole("region", { name: "Escalation" }).getByText(/escalation stopped/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Acknowledge" })).toHaveCount(0);
  });
}
