// Pages that take query parameters answer forged or broken ones with a message, never an error
// page: a NUL in a filter, a cursor whose number overflows, a cursor that names nothing.
import { expect, test } from "@playwright/test";
import { sessionFile } from "./fixtures";

test.use({ storageState: sessionFile("admin") });

const CASES: { path: string; message: string | RegExp }[] = [
  { path: "/incidents?q=a%00b", message: "Remove control characters" },
  { path: "/incidents?component=a%00b", message: "Remove control characters" },
  { path: "/incidents?cursor=a.1700000000000.2147483648", message: "Not a valid page cursor" },
  { path: "/admin/mail?cursor=a%00b", message: "This page link is not valid" },
  { path: "/admin/audit?actor=a%00b", message: "Remove control characters" },
  { path: "/admin/audit?cursor=a%00b", message: "This page link is not valid" },
];

for (const { path, message } of CASES) {
  test(`${path} shows a message`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(message).first()).toBeVisible();
  });
}
