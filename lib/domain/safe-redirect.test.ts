import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./safe-redirect";

const ORIGIN = "https://bridge.example.com";

describe("sameOriginPath", () => {
  it.each([
    ["/", "/"],
    ["/incidents/abc?tab=timeline#latest", "/incidents/abc?tab=timeline#latest"],
    ["https://bridge.example.com/admin/users", "/admin/users"],
    ["/%5Cevil.example/", "/%5Cevil.example/"],
    ["incidents", "/incidents"],
  ])("keeps the path of this app: %j", (raw, expected) => {
    expect(sameOriginPath(raw, ORIGIN)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "/\\evil.example/",
    "\\\\evil.example",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "https://evil.example",
    "HTTPS://evil.example/",
    "http://bridge.example.com/",
    "https://bridge.example.com.evil.example/",
    "https://bridge.example.com@evil.example/",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/.//evil.example",
    "/a/..//evil.example",
    "https://bridge.example.com//evil.example",
    "https://[::1",
  ])("falls back to / for %j", (raw) => {
    expect(sameOriginPath(raw, ORIGIN)).toBe("/");
  });

  it("falls back to / for nothing at all", () => {
    expect(sameOriginPath(undefined, ORIGIN)).toBe("/");
    expect(sameOriginPath("", ORIGIN)).toBe("/");
    expect(sameOriginPath(["/a", "/b"], ORIGIN)).toBe("/");
  });
});
