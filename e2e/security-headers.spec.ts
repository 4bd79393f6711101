// Every answer carries the security headers, and the pages run under a nonce-based CSP without
// a single violation: the framework's scripts get the nonce, nothing inline slips through.
import { expect, test, type Page } from "@playwright/test";
import { sessionFile } from "./fixtures";

const PATHS = ["/", "/login", "/ack/x", "/status", "/api/v1/openapi.json", "/incidents", "/no-such-page"];

function expectSecurityHeaders(headers: Record<string, string>, path: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], path).toBe("DENY");
}

/** Collects CSP violations and console errors that mention the policy. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Content-Security-Policy/i.test(message.text()))
      violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

test.describe("without a session", () => {
  test("headers are on pages, redirects, the acknowledgement link and the API", async ({ request }) => {
    for (const path of PATHS) {
      const response = await request.get(path, { maxRedirects: 0 });
      expectSecurityHeaders(response.headers(), path);
    }
    const plain = (await request.get("/login")).headers();
    expect(plain["strict-transport-security"]).toBeUndefined();
    const behindTls = (await request.get("/login", { headers: { "x-forwarded-proto": "https" } })).headers();
    expect(behindTls["strict-transport-security"]).toMatch(/^max-age=\d+/);
    expect(behindTls["content-security-policy"]).toContain("upgrade-insecure-requests");
    // Static assets skip the proxy; next.config.js gives them nosniff.
    const script = /\/_next\/static\/[^"]+\.js/.exec(await (await request.get("/login")).text())?.[0];
    expect(script).toBeTruthy();
    expect((await request.get(script!)).headers()["x-content-type-options"]).toBe("nosniff");
    const first = (await request.get("/login")).headers()["content-security-policy"];
    const second = (await request.get("/login")).headers()["content-security-policy"];
    expect(first).not.toBe(second);
  });

  test("the sign-in page works under the policy", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/login");
    await page.getByLabel("E-mail").fill("nobody@example.com");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // The answer is shown by client-side React: the page's scripts ran under the policy.
    await expect(page.getByText("Wrong e-mail or password.")).toBeVisible();
    await page.goto("/ack/not-a-real-token");
    await expect(page.getByText("Bridge").first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe("as a commander", () => {
  test.use({ storageState: sessionFile("commander") });

  test("console pages render and hydrate with no CSP violation", async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of ["/", "/incidents", "/matrix", "/dr"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expectSecurityHeaders(await response!.allHeaders(), path);
    }
    // Hydrated: the keyboard shortcut and the dialog are client-side React.
    await page.goto("/incidents");
    await page.getByRole("button", { name: "Declare incident" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("a page cannot be framed by another site", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => violations.push(message.text()));
    await page.setContent(`<iframe id="f" src="${test.info().project.use.baseURL}/incidents"></iframe>`);
    await expect.poll(() => violations.some((v) => /frame-ancestors|Refused to (display|frame)/i.test(v))).toBe(true);
  });
});
