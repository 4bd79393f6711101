import { describe, expect, it } from "vitest";
import { INSTALL_CHROMIUM_HINT, missingChromium } from "./browser-check";

describe("missingChromium", () => {
  it("says what to install when no browser can be started", async () => {
    expect(await missingChromium("/nonexistent/chromium", { executablePath: "/nonexistent/chrome" })).toBe(
      INSTALL_CHROMIUM_HINT,
    );
    expect(INSTALL_CHROMIUM_HINT).toContain("npx playwright install chromium");
  });

  it("is satisfied by an installed system Chromium", async () => {
    expect(await missingChromium(process.execPath)).toBeNull();
  });
});
