import { describe, expect, it } from "vitest";
import { HIDDEN_WEBHOOK, maskUrlsInText, maskWebhookUrl } from "./webhook-mask";

describe("maskWebhookUrl", () => {
  it("keeps scheme and host, hides path and query", () => {
    expect(maskWebhookUrl("https://hooks.example.com/services/T000/B000/s3cr3t")).toBe("https://hooks.example.com/…");
    expect(maskWebhookUrl("https://hooks.example.com/hook?token=s3cr3t#x")).toBe("https://hooks.example.com/…");
    expect(maskWebhookUrl("http://10.0.0.5:8080/in")).toBe("http://10.0.0.5:8080/…");
  });

  it("drops credentials written before the host", () => {
    expect(maskWebhookUrl("https://user:s3cr3t@hooks.example.com/in")).toBe("https://hooks.example.com/…");
  });

  it("hides anything that is not an http(s) URL", () => {
    expect(maskWebhookUrl("not a url s3cr3t")).toBe(HIDDEN_WEBHOOK);
    expect(maskWebhookUrl("javascript:s3cr3t")).toBe(HIDDEN_WEBHOOK);
  });
});

describe("maskUrlsInText", () => {
  it("masks each URL in a sentence and leaves the rest", () => {
    const text =
      "Delivery failed, will retry: WEBHOOK to https://hooks.example.com/a/s3cr3t — HTTP 500 see http://x.example/q?k=s3cr3t";
    expect(maskUrlsInText(text)).toBe(
      "Delivery failed, will retry: WEBHOOK to https://hooks.example.com/… — HTTP 500 see http://x.example/…",
    );
  });

  it("masks a URL inside a delivery key", () => {
    expect(maskUrlsInText("obligation:abc:WEBHOOK:https://hooks.example.com/s3cr3t")).toBe(
      "obligation:abc:WEBHOOK:https://hooks.example.com/…",
    );
  });

  it("leaves text without URLs alone", () => {
    expect(maskUrlsInText("EMAIL to ops@example.com")).toBe("EMAIL to ops@example.com");
  });
});
