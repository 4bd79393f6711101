import { describe, expect, it } from "vitest";
import {
  formatIp,
  NO_TRUSTED_PROXIES,
  parseIp,
  parseTrustedProxies,
  resolveClientIp,
  type TrustedProxies,
} from "./client-ip";

function trust(setting: string): TrustedProxies {
  const parsed = parseTrustedProxies(setting);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
}

describe("parseIp / formatIp", () => {
  it("reads IPv4, IPv6 and IPv4-mapped IPv6 into one spelling each", () => {
    expect(formatIp(parseIp("203.0.113.7")!)).toBe("203.0.113.7");
    expect(formatIp(parseIp("::ffff:203.0.113.7")!)).toBe("203.0.113.7");
    expect(formatIp(parseIp("::FFFF:cb00:7107")!)).toBe("203.0.113.7");
    expect(formatIp(parseIp("2001:DB8:0:0:0:0:0:1")!)).toBe("2001:db8::1");
    expect(formatIp(parseIp("2001:db8:0:0:1:0:0:1")!)).toBe("2001:db8::1:0:0:1");
    expect(formatIp(parseIp("::1")!)).toBe("::1");
    expect(formatIp(parseIp("::")!)).toBe("::");
    expect(formatIp(parseIp("fe80::1%eth0")!)).toBe("fe80::1");
    expect(formatIp(parseIp("1:2:3:4:5:6:7:8")!)).toBe("1:2:3:4:5:6:7:8");
  });

  it("rejects what is not an address", () => {
    for (const bad of [
      "",
      "local",
      "256.1.1.1",
      "1.2.3",
      "1.2.3.4.5",
      "1:2:3",
      "1::2::3",
      ":1",
      "1.2.3.4::1",
      "12345::",
      "1:2:3:4:5:6:7:8:9",
      "<script>",
    ]) {
      expect(parseIp(bad), bad).toBeNull();
    }
  });
});

describe("parseTrustedProxies", () => {
  it("reads nothing, a hop count or a list of addresses and ranges", () => {
    expect(parseTrustedProxies("")).toEqual(NO_TRUSTED_PROXIES);
    expect(parseTrustedProxies("0")).toEqual(NO_TRUSTED_PROXIES);
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", count: 2 });
    expect(parseTrustedProxies("10.0.0.0/8, ::1")).toEqual({
      kind: "cidrs",
      ranges: [
        { bytes: [10, 0, 0, 0], prefix: 8 },
        { bytes: [...Array<number>(15).fill(0), 1], prefix: 128 },
      ],
    });
    expect(parseTrustedProxies("::ffff:10.0.0.0/104")).toEqual({
      kind: "cidrs",
      ranges: [{ bytes: [10, 0, 0, 0], prefix: 8 }],
    });
  });

  it("names the malformed entry", () => {
    for (const bad of ["10.0.0.0/33", "::1/129", "proxy.internal", "10.0.0.0/8/1", "10.0.0.0/x", "1.2.3.4,", "99"]) {
      expect(parseTrustedProxies(bad), bad).toHaveProperty("error");
    }
    expect(parseTrustedProxies("10.0.0.0/8,nope")).toEqual({ error: expect.stringContaining('"nope"') });
  });
});

describe("resolveClientIp", () => {
  it("without trusted proxies takes the socket and ignores X-Forwarded-For", () => {
    expect(resolveClientIp("::ffff:127.0.0.1", "198.51.100.1", NO_TRUSTED_PROXIES)).toBe("127.0.0.1");
    expect(resolveClientIp("2001:db8::5", ["198.51.100.1", "198.51.100.2"], NO_TRUSTED_PROXIES)).toBe("2001:db8::5");
  });

  it("with a hop count takes that many entries from the right", () => {
    const header = "198.51.100.1, 203.0.113.9, 10.0.0.2";
    expect(resolveClientIp("10.0.0.1", header, trust("1"))).toBe("10.0.0.2");
    expect(resolveClientIp("10.0.0.1", header, trust("2"))).toBe("203.0.113.9");
    // A shorter chain than configured: the furthest address there is.
    expect(resolveClientIp("10.0.0.1", "203.0.113.9", trust("3"))).toBe("203.0.113.9");
    expect(resolveClientIp("10.0.0.1", undefined, trust("1"))).toBe("10.0.0.1");
  });

  it("with a CIDR list walks back only through trusted proxies", () => {
    const proxies = trust("10.0.0.0/8, fd00::/8");
    // The client cannot prepend its way past the first untrusted address.
    expect(resolveClientIp("::ffff:10.0.0.1", "1.1.1.1, 203.0.113.9, 10.0.0.7", proxies)).toBe("203.0.113.9");
    expect(resolveClientIp("fd00::1", "2001:db8::9", proxies)).toBe("2001:db8::9");
    // An untrusted socket peer is the client whatever the header says.
    expect(resolveClientIp("203.0.113.50", "10.0.0.9, 1.1.1.1", proxies)).toBe("203.0.113.50");
    // Every hop trusted: the leftmost entry.
    expect(resolveClientIp("10.0.0.1", "10.0.0.3, 10.0.0.2", proxies)).toBe("10.0.0.3");
  });

  it("reads ports, brackets and repeated headers in X-Forwarded-For", () => {
    expect(resolveClientIp("10.0.0.1", "203.0.113.9:4711", trust("1"))).toBe("203.0.113.9");
    expect(resolveClientIp("10.0.0.1", "[2001:db8::9]:443", trust("1"))).toBe("2001:db8::9");
    expect(resolveClientIp("10.0.0.1", ["203.0.113.9", "10.0.0.5"], trust("2"))).toBe("203.0.113.9");
  });

  it("stops at a malformed entry instead of believing it", () => {
    expect(resolveClientIp("10.0.0.1", "garbage", trust("1"))).toBe("10.0.0.1");
    expect(resolveClientIp("10.0.0.1", "203.0.113.9, not-an-ip", trust("2"))).toBe("10.0.0.1");
    expect(resolveClientIp("10.0.0.1", "not-an-ip, 10.0.0.4", trust("10.0.0.0/8"))).toBe("10.0.0.4");
    expect(resolveClientIp("10.0.0.1", ",, ,", trust("1"))).toBe("10.0.0.1");
  });

  it("reports a socket without an address as unknown", () => {
    expect(resolveClientIp(undefined, "203.0.113.9", trust("1"))).toBe("unknown");
  });
});
