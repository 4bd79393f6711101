// Signs in each demo role once through the login form and saves the session for the specs.
import { expect, test as setup } from "@playwright/test";
import { currentUser, DEMO_ROLES, ROLES, sessionFile, signIn } from "./fixtures";

for (const role of DEMO_ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, ROLES[role].email);
    await expect(currentUser(page)).toContainText(ROLES[role].email);
    await page.context().storageState({ path: sessionFile(role) });
  });
}
