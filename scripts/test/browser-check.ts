// Before Playwright runs: is there a Chromium to drive? Without one, say what to install
// instead of letting every test fail on a launch error.
import { existsSync } from "node:fs";
import { chromium, type LaunchOptions } from "@playwright/test";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const INSTALL_CHROMIUM_HINT =
  "no Chromium found. Install one, then run npm test again: `npx playwright install chromium` " +
  "(or on Debian/Ubuntu `sudo apt-get install chromium`, which is used from /usr/bin/chromium)";

/** Null when a browser starts; otherwise the instruction to print. Parameters are for tests. */
export async function missingChromium(
  systemChromium = SYSTEM_CHROMIUM,
  launchOptions: LaunchOptions = {},
): Promise<string | null> {
  if (existsSync(systemChromium)) return null;
  try {
    const browser = await chromium.launch(launchOptions);
    await browser.close();
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Other launch errors (missing system libraries…) are Playwright's to explain.
    return /executable doesn't exist/i.test(message) ? INSTALL_CHROMIUM_HINT : null;
  }
}
