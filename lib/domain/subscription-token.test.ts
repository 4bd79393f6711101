import { describe, expect, it } from "vitest";
import { confirmToken, subscriberToken, verifyConfirmToken, verifySubscriberToken } from "./subscription-token";

const SECRET = "a-test-secret-of-some-length";
const NOW = new Date("2026-11-30T02:00:00Z");
const NONCE = "n0nce-of-sixteen-chars";
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe("confirmation links", () => {
  const token = confirmToken(SECRET, "sub1", NONCE, later(1000));

  it("verifies until it expires, naming the subscriber and nonce", () => {
    expect(verifyConfirmToken(SECRET, token, NOW)).toEqual({ ok: true, subscriberId: "sub1", nonce: NONCE });
    expect(verifyConfirmToken(SECRET, token, later(1000))).toMatchObject({ ok: true });
    expect(verifyConfirmToken(SECRET, token, later(1001))).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses another secret, an edited part, a truncated or padded token", () => {
    expect(verifyConfirmToken("other", token, NOW)).toEqual({ ok: false, reason: "invalid" });
    const [id, nonce, expires, sig] = token.split(".");
    const forged = [id, nonce, String(Number(expires) + 1_000_000), sig].join(".");
    expect(verifyConfirmToken(SECRET, forged, NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyConfirmToken(SECRET, ["sub2", nonce, expires, sig].join("."), NOW).ok).toBe(false);
    expect(verifyConfirmToken(SECRET, token.slice(0, -1), NOW).ok).toBe(false);
    expect(verifyConfirmToken(SECRET, `${token}.x`, NOW).ok).toBe(false);
    expect(verifyConfirmToken(SECRET, "", NOW).ok).toBe(false);
  });

  it("is not usable as a manage or unsubscribe link, nor they as one another", () => {
    const unsubscribe = subscriberToken(SECRET, "unsubscribe", "sub1");
    expect(verifySubscriberToken(SECRET, "unsubscribe", unsubscribe)).toBe("sub1");
    expect(verifySubscriberToken(SECRET, "manage", unsubscribe)).toBeNull();
    expect(verifySubscriberToken(SECRET, "manage", subscriberToken(SECRET, "manage", "sub1"))).toBe("sub1");
    expect(verifySubscriberToken(SECRET, "unsubscribe", token)).toBeNull();
    expect(verifySubscriberToken("other", "unsubscribe", unsubscribe)).toBeNull();
    expect(verifySubscriberToken(SECRET, "unsubscribe", unsubscribe.replace("sub1", "sub2"))).toBeNull();
  });
});
