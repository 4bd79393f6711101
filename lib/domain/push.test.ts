import { describe, expect, it } from "vitest";
import { deviceLabel, pushPayload, pushSubscriptionInput, subscriptionGone } from "./push";

const keys = { p256dh: Buffer.alloc(65, 4).toString("base64url"), auth: Buffer.alloc(16, 1).toString("base64url") };

describe("deviceLabel", () => {
  it.each([
    [
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
      "Chrome on Android",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1",
      "Safari on iOS",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0",
      "Edge on Windows",
    ],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on macOS"],
    [
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 OPR/115.0",
      "Opera on Linux",
    ],
    ["curl/8.0", "Unknown browser"],
    [undefined, "Unknown browser"],
  ])("names %s as %s", (ua, label) => {
    expect(deviceLabel(ua)).toBe(label);
  });
});

describe("pushSubscriptionInput", () => {
  it("accepts a browser's subscription and refuses plain http unless allowed", () => {
    const endpoint = "http://127.0.0.1:9000/push/1";
    expect(pushSubscriptionInput(true).safeParse({ endpoint, keys }).success).toBe(true);
    const refused = pushSubscriptionInput(false).safeParse({ endpoint, keys });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["endpoint", "endpoint must be an https:// URL"],
    ]);
  });

  it("checks the key sizes (a P-256 point, a 16-byte secret)", () => {
    const schema = pushSubscriptionInput(false);
    const endpoint = "https://push.example.test/x";
    const short = schema.safeParse({ endpoint, keys: { ...keys, p256dh: keys.auth } });
    expect(short.error?.issues.map((i) => i.path.join("."))).toEqual(["keys.p256dh"]);
    expect(schema.safeParse({ endpoint, keys: { ...keys, auth: "not base64!" } }).success).toBe(false);
  });
});

describe("pushPayload", () => {
  it("takes the subject as title and only the first paragraph as body, cut below the push size limit", () => {
    const payload = pushPayload({
      subject: "[SEV1] Page: #7 Checkout down",
      body: `You are paged as Primary for incident #7 (SEV1): Checkout down\n\nImpact: none\n\nAcknowledge: https://x/ack/t`,
      url: "https://bridge.example/incidents/7",
      incidentNumber: 7,
      ackUrl: "https://bridge.example/ack/t",
    });
    expect(payload).toEqual({
      title: "[SEV1] Page: #7 Checkout down",
      body: "You are paged as Primary for incident #7 (SEV1): Checkout down",
      url: "https://bridge.example/incidents/7",
      incidentNumber: 7,
      ackUrl: "https://bridge.example/ack/t",
    });
    const long = pushPayload({ subject: "s", body: "x".repeat(5000), url: "u", incidentNumber: null, ackUrl: null });
    expect(long.body).toHaveLength(600);
    expect(long.body.endsWith("…")).toBe(true);
  });
});

describe("subscriptionGone", () => {
  it("is true for 404 and 410 only", () => {
    expect([200, 201, 400, 404, 410, 429, 500].filter(subscriptionGone)).toEqual([404, 410]);
  });
});
