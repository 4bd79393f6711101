import { describe, expect, it } from "vitest";
import {
  admit,
  deliveryTarget,
  CLOSED_BREAKER,
  OPEN_AFTER_FAILURES,
  onFailure,
  onSuccess,
  PROBE_LEASE_MS,
  probeDelay,
  SMTP_TARGET,
  WAIT_MS,
  type Breaker,
} from "./breaker";

const T0 = new Date("2026-11-28T10:00:00Z");
const plus = (ms: number) => new Date(T0.getTime() + ms);

function failTimes(n: number, b: Breaker = CLOSED_BREAKER): Breaker {
  for (let i = 0; i < n; i++) b = onFailure(b, T0);
  return b;
}

describe("circuit breaker", () => {
  it("lets every send through while closed, and stays closed below the failure threshold", () => {
    const b = failTimes(OPEN_AFTER_FAILURES - 1);
    expect(b.state).toBe("CLOSED");
    expect(admit(b, T0)).toEqual({ kind: "send" });
  });

  it("opens after failures in a row and makes deliveries wait past the next probe", () => {
    const b = failTimes(OPEN_AFTER_FAILURES);
    expect(b).toMatchObject({ state: "OPEN", opens: 1, retryAt: plus(probeDelay(1)) });
    expect(admit(b, plus(100))).toEqual({ kind: "wait", until: plus(probeDelay(1) + WAIT_MS) });
  });

  it("admits a single probe once the pause is over; others wait for it", () => {
    const open = failTimes(OPEN_AFTER_FAILURES);
    const at = plus(probeDelay(1));
    const first = admit(open, at);
    expect(first).toEqual({
      kind: "probe",
      next: { ...open, state: "HALF_OPEN", retryAt: plus(probeDelay(1) + PROBE_LEASE_MS) },
    });
    if (first.kind !== "probe") throw new Error("expected a probe");
    expect(admit(first.next, plus(probeDelay(1) + 10)).kind).toBe("wait");
    // A probe whose worker died is given up after its lease: the next one probes.
    expect(admit(first.next, plus(probeDelay(1) + PROBE_LEASE_MS)).kind).toBe("probe");
  });

  it("reopens on a failed probe with a longer pause, capped", () => {
    const open = failTimes(OPEN_AFTER_FAILURES);
    const probing: Breaker = { ...open, state: "HALF_OPEN" };
    const again = onFailure(probing, T0);
    expect(again).toMatchObject({ state: "OPEN", opens: 2, retryAt: plus(probeDelay(2)) });
    expect(probeDelay(2)).toBeGreaterThan(probeDelay(1));
    expect(probeDelay(50)).toBe(4_000);
  });

  it("keeps an open breaker's probe time when a send admitted before it opened fails late", () => {
    const open = failTimes(OPEN_AFTER_FAILURES);
    expect(onFailure(open, plus(500)).retryAt).toEqual(open.retryAt);
  });

  it("closes on success and releases the waiting deliveries only if it was not closed", () => {
    expect(onSuccess({ ...CLOSED_BREAKER, state: "HALF_OPEN", opens: 3 })).toEqual({
      next: CLOSED_BREAKER,
      released: true,
    });
    expect(onSuccess(failTimes(1))).toEqual({ next: CLOSED_BREAKER, released: false });
  });
});

describe("breaker targets", () => {
  it("is the SMTP server for e-mail, the origin for a webhook or a push service, none in the app", () => {
    expect(deliveryTarget("EMAIL", "a@example.com")).toBe(SMTP_TARGET);
    expect(deliveryTarget("WEBHOOK", "https://hooks.example.com:8443/a/b?c=1")).toBe("https://hooks.example.com:8443");
    expect(deliveryTarget("WEBHOOK", "not a url")).toBeNull();
    expect(deliveryTarget("IN_APP", "user")).toBeNull();
    expect(deliveryTarget("PUSH", "https://fcm.googleapis.com/fcm/send/abc:def")).toBe("https://fcm.googleapis.com");
    expect(deliveryTarget("PUSH", null)).toBeNull();
  });
});
