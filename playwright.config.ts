// End-to-end tests against a production build served by scripts/test/e2e-server.ts on a fresh
// database. A setup project signs in each demo role once; specs reuse the saved sessions.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { SYSTEM_CHROMIUM } from "./scripts/test/browser-check";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

// Debian's Chromium where it is installed (CI, servers); Playwright's own browser elsewhere.
const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/playwright",
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A hang guard, not a speed goal: a multi-browser flow on a busy two-core runner can take most of a minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    // Bridge's service worker (public/sw.js) takes every request of the pages it controls, and
    // Chromium sends the ones it does not answer itself past the context's offline emulation: a
    // spec that goes offline would not be offline. Specs of the worker itself allow it.
    serviceWorkers: "block",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions },
      dependencies: ["setup"],
    },
  ],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/test/e2e-server.ts",
    url: `${baseURL}/login`,
    env: { E2E_PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
    // Includes a production build when the last one is stale: minutes on a busy two-core machine.
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
