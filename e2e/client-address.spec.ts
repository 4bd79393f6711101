// The address a sign-in is throttled and audited under is the socket's, or what a trusted proxy
// forwarded; never what the client writes into X-Forwarded-For. The e2e server trusts 127.0.0.2
// as a proxy; other loopback addresses play clients.
import http from "node:http";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { sessionFile } from "./fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3100);

function request(localAddress: string, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: PORT, localAddress, method, path, headers, agent: false },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** One failed password sign-in the way the login form posts it; returns the error shown. */
async function failSignIn(localAddress: string, forwardedFor: string, email: string): Promise<string> {
  // The internal header too: the server must replace it, not pass a client's copy on.
  const spoof = { "X-Forwarded-For": forwardedFor, "X-Bridge-Client-Ip": "203.0.113.77" };
  const csrf = await request(localAddress, "GET", "/api/auth/csrf", spoof);
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password: "not-the-password", json: "true" }).toString();
  const res = await request(
    localAddress,
    "POST",
    "/api/auth/callback/credentials",
    { ...spoof, cookie, "content-type": "application/x-www-form-urlencoded" },
    form,
  );
  const target = res.headers.location ?? (JSON.parse(res.body) as { url: string }).url;
  return new URL(target, "http://localhost").searchParams.get("error") ?? "";
}

const email = (label: string) => `${label}-${randomUUID().slice(0, 8)}@e2e.bridge.local`;

test.use({ storageState: sessionFile("admin") });

async function auditedIp(page: import("@playwright/test").Page, actor: string): Promise<string | undefined> {
  await page.goto(`/admin/audit?actor=${encodeURIComponent(actor)}&action=auth.sign_in_failed`);
  const after = await page.getByRole("table", { name: "Audit log entries" }).locator("tbody pre").last().textContent();
  return /"ip": "([^"]+)"/.exec(after ?? "")?.[1];
}

test("invented X-Forwarded-For values all count against the socket's address", async ({ page }) => {
  test.setTimeout(180_000);
  const first = email("spoof");
  expect(await failSignIn("127.0.0.3", "203.0.113.1", first)).toBe("Wrong e-mail or password.");
  expect(await auditedIp(page, first)).toBe("127.0.0.3");
  // A fresh e-mail and a fresh invented address each time: only the socket's key can fill up.
  let limitedAt = 0;
  for (let i = 2; i <= 26 && !limitedAt; i++) {
    const error = await failSignIn("127.0.0.3", `203.0.113.${i}, 198.51.100.${i}`, email("spoof"));
    if (error.startsWith("Too many failed sign-ins")) limitedAt = i;
  }
  expect(limitedAt).toBeGreaterThan(20);
});

test("behind a trusted proxy the address it forwarded is used; other peers are not believed", async ({ page }) => {
  const viaProxy = email("proxied");
  expect(await failSignIn("127.0.0.2", "192.0.2.1, 198.51.100.23", viaProxy)).toBe("Wrong e-mail or password.");
  expect(await auditedIp(page, viaProxy)).toBe("198.51.100.23");

  const direct = email("direct");
  expect(await failSignIn("127.0.0.4", "198.51.100.23", direct)).toBe("Wrong e-mail or password.");
  expect(await auditedIp(page, direct)).toBe("127.0.0.4");
});
