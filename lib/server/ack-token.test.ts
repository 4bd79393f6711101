// Acknowledgement links are parsed strictly: only the exact token that was signed is accepted.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { ACK_LINK_TTL_MS, ackToken, verifyAckToken } from "./ack-token";

const T0 = new Date("2026-05-01T08:00:00Z");
const PAGE = "cm1pageid0000000000000000";

describe("verifyAckToken", () => {
  it("accepts a fresh token and names its page", () => {
    expect(verifyAckToken(ackToken(PAGE, T0), T0)).toEqual({ ok: true, pageId: PAGE });
  });

  it("says expired after a day", () => {
    expect(verifyAckToken(ackToken(PAGE, T0), new Date(T0.getTime() + ACK_LINK_TTL_MS + 1))).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it.each([
    ["a trailing segment", (t: string) => `${t}.junk`],
    ["a trailing dot", (t: string) => `${t}.`],
    ["trailing characters", (t: string) => `${t}x`],
    ["a leading space", (t: string) => ` ${t}`],
    ["a changed page", (t: string) => t.replace(PAGE, "cm1otherpage0000000000000")],
    ["a cut signature", (t: string) => t.slice(0, -1)],
    ["a missing signature", (t: string) => t.split(".").slice(0, 2).join(".")],
  ])("refuses a token with %s", (_what, spoil) => {
    expect(verifyAckToken(spoil(ackToken(PAGE, T0)), T0)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses garbage", () => {
    for (const token of ["", "...", "a.b.c", `${PAGE}.1e20.${"A".repeat(43)}`])
      expect(verifyAckToken(token, T0)).toEqual({ ok: false, reason: "invalid" });
  });
});
