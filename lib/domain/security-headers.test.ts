import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isHttps, securityHeaders } from "./security-headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.split(" ")[0] === name);

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce, and forbids framing and plugins", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", https: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "style-src")).toBe("style-src 'self' 'nonce-abc123'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("adds eval only in development, form targets when given, and upgrades over HTTPS", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", https: false, dev: true }), "script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(
      directive(
        contentSecurityPolicy({ nonce: "n", https: false, formTargets: ["https://idp.example"] }),
        "form-action",
      ),
    ).toBe("form-action 'self' https://idp.example");
    expect(contentSecurityPolicy({ nonce: "n", https: true })).toContain("upgrade-insecure-requests");
  });

  it("lets the API reference inject styles while its scripts still need the nonce", () => {
    const csp = contentSecurityPolicy({ nonce: "n", https: false, inlineStyles: true });
    expect(directive(csp, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-n' 'strict-dynamic'");
    expect(directive(csp, "connect-src")).toBe("connect-src 'self'");
  });
});

describe("securityHeaders", () => {
  it("always sends nosniff, a referrer policy and no framing; HSTS only over HTTPS", () => {
    const plain = securityHeaders({ nonce: "n", https: false });
    expect(plain).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(plain).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ nonce: "n", https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
  });
});

describe("isHttps", () => {
  it("trusts the configured URL or the forwarding proxy's scheme", () => {
    expect(isHttps("https://bridge.example", null)).toBe(true);
    expect(isHttps("http://localhost:3000", "https")).toBe(true);
    expect(isHttps(undefined, "https, http")).toBe(true);
    expect(isHttps("http://localhost:3000", null)).toBe(false);
    expect(isHttps(undefined, "http")).toBe(false);
  });
});
