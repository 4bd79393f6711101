import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  it("reads the address the web server stamped, from plain or Fetch headers", () => {
    expect(clientIpFrom({ "x-bridge-client-ip": "203.0.113.9" })).toBe("203.0.113.9");
    expect(clientIpFrom(new Headers({ "x-bridge-client-ip": "2001:db8::9" }))).toBe("2001:db8::9");
  });

  it("never falls back to X-Forwarded-For, which clients write", () => {
    expect(clientIpFrom({ "x-forwarded-for": "198.51.100.1" })).toBe("unknown");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "198.51.100.1" }))).toBe("unknown");
    expect(clientIpFrom(undefined)).toBe("unknown");
  });
});
