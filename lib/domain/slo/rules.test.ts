// The SRE workbook's multi-window, multi-burn-rate rules, the low-traffic guard, missing data and
// the words an alert says, against hand-computed cases (99.9 %: 1 bad in 1000 is a burn of 1×).
import { describe, expect, it } from "vitest";
import type { Counts } from "./budget";
import {
  evaluateBurnRules,
  explainBurn,
  formatHours,
  missingData,
  timeToExhaustionHours,
  type WindowCounts,
} from "./rules";

const SLO = { targetPercent: 99.9, windowDays: 30, minRequests: 100 };
const quiet: Counts = { good: 0, total: 0 };

/** Counts with `bad` of `total` events bad. */
const bad = (n: number, total: number): Counts => ({ good: total - n, total });
function windows(w: Partial<WindowCounts>): WindowCounts {
  return { "5m": quiet, "30m": quiet, "1h": quiet, "6h": quiet, "3d": quiet, ...w };
}
function firing(w: Partial<WindowCounts>, slo = SLO): string[] {
  return evaluateBurnRules(slo, windows(w))
    .filter((v) => v.firing)
    .map((v) => v.rule);
}

describe("evaluateBurnRules", () => {
  it("fast burn: exactly 14.4× over 1 h and 5 min pages", () => {
    // 144 bad of 10 000 = 1.44 % = 14.4 × 0.1 %; 15 bad of 1000 = 15×.
    const verdicts = evaluateBurnRules(SLO, windows({ "1h": bad(144, 10_000), "5m": bad(15, 1000) }));
    const fast = verdicts.find((v) => v.rule === "page-fast")!;
    expect(fast.firing).toBe(true);
    expect(fast.burnLong).toBeCloseTo(14.4, 10);
    expect(fast.burnShort).toBeCloseTo(15, 10);
  });

  it("fast burn: just under 14.4× over 1 h does not page", () => {
    expect(firing({ "1h": bad(143, 10_000), "5m": bad(15, 1000) })).not.toContain("page-fast");
  });

  it("fast burn: needs the 5-minute window too (the burning has stopped)", () => {
    expect(firing({ "1h": bad(500, 10_000), "5m": bad(14, 1000) })).not.toContain("page-fast");
  });

  it("sustained burn: 6× over 6 h and 30 min pages; 5.9× does not", () => {
    expect(firing({ "6h": bad(60, 10_000), "30m": bad(6, 1000) })).toEqual(["page-slow"]);
    expect(firing({ "6h": bad(59, 10_000), "30m": bad(6, 1000) })).toEqual([]);
    expect(firing({ "6h": bad(60, 10_000), "30m": bad(5, 1000) })).toEqual([]);
  });

  it("slow burn: 1× over 3 days and 6 h makes a ticket; 0.99× does not", () => {
    expect(firing({ "3d": bad(100, 100_000), "6h": bad(10, 10_000) })).toEqual(["ticket"]);
    expect(firing({ "3d": bad(99, 100_000), "6h": bad(10, 10_000) })).toEqual([]);
  });

  it("a heavy burn fires every rule whose windows it fills", () => {
    const all = bad(500, 10_000); // 50×
    expect(firing({ "5m": all, "30m": all, "1h": all, "6h": all, "3d": all })).toEqual([
      "page-fast",
      "page-slow",
      "ticket",
    ]);
  });

  it("low-traffic guard: 3 failures of 3 requests never page, however bad the ratio", () => {
    const v = evaluateBurnRules(SLO, windows({ "1h": bad(3, 3), "5m": bad(3, 3) })).find(
      (r) => r.rule === "page-fast",
    )!;
    expect(v).toMatchObject({ firing: false, lowTraffic: true, burnLong: 1000 });
    expect(v.reason).toBe(
      "Burning 1000× over the last hour, but only 3 events (fewer than 100): not alerting on so little traffic.",
    );
  });

  it("low-traffic guard: the configured minimum, counted in the long window, is enough", () => {
    expect(firing({ "1h": bad(100, 100), "5m": bad(2, 2) })).toContain("page-fast");
    expect(firing({ "1h": bad(3, 3), "5m": bad(3, 3) }, { ...SLO, minRequests: 3 })).toContain("page-fast");
    expect(firing({ "1h": bad(99, 99), "5m": bad(2, 2) })).not.toContain("page-fast");
  });

  it("no events: nothing fires, and says so", () => {
    const verdicts = evaluateBurnRules(SLO, windows({}));
    expect(verdicts.every((v) => !v.firing && v.burnLong === null)).toBe(true);
    expect(verdicts[0].reason).toBe("No events over the last hour.");
  });

  it("100 % target: any bad event is an infinite burn", () => {
    const slo = { ...SLO, targetPercent: 100 };
    const v = evaluateBurnRules(slo, windows({ "1h": bad(1, 1000), "5m": bad(1, 200) }))[0];
    expect(v.firing).toBe(true);
    expect(v.burnLong).toBe(Infinity);
    expect(v.reason).toBe("Burning ∞× over the last hour: at this rate the 30-day budget is gone in 1 min.");
    expect(firing({ "1h": bad(0, 1000), "5m": bad(0, 200) }, slo)).toEqual([]);
  });
});

describe("explanations", () => {
  it("14.4× spends a 30-day budget in 50 h", () => {
    expect(explainBurn("page-fast", 14.4, SLO)).toBe(
      "Burning 14.4× over the last hour: at this rate the 30-day budget is gone in 50 h.",
    );
  });
  it("a calendar-month SLO speaks of the monthly budget: 37.9× is 19 h", () => {
    expect(explainBurn("page-fast", 720 / 19, { ...SLO, window: "CALENDAR_MONTH" })).toBe(
      "Burning 37.9× over the last hour: at this rate the monthly budget is gone in 19 h.",
    );
  });
  it("6× spends it in 5 days, 1× in 30", () => {
    expect(explainBurn("page-slow", 6, SLO)).toBe(
      "Burning 6× over the last 6 hours: at this rate the 30-day budget is gone in 5 days.",
    );
    expect(explainBurn("ticket", 1, SLO)).toBe(
      "Burning 1× over the last 3 days: at this rate the 30-day budget is gone in 30 days.",
    );
  });
  it("no burn, no alarm", () => {
    expect(explainBurn("page-slow", 0, SLO)).toBe("No budget spent over the last 6 hours.");
  });
  it("time to exhaustion counts what is left", () => {
    expect(timeToExhaustionHours(14.4, 30, 1)).toBe(50);
    expect(timeToExhaustionHours(14.4, 30, 0.5)).toBe(25);
    expect(timeToExhaustionHours(2, 30, -0.2)).toBe(0);
    expect(timeToExhaustionHours(0, 30, 1)).toBe(Infinity);
  });
  it("formats hours as minutes, hours or days", () => {
    expect(formatHours(0.25)).toBe("15 min");
    expect(formatHours(19.4)).toBe("19 h");
    expect(formatHours(120)).toBe("5 days");
    expect(formatHours(Infinity)).toBe("never");
  });
});

describe("missingData", () => {
  const now = new Date("2026-11-30T10:00:00Z");
  const ago = (s: number) => new Date(now.getTime() - s * 1000);

  it("fires when nothing arrived for longer than the expected interval", () => {
    expect(missingData(ago(600), 300, now)).toEqual({
      missing: true,
      reason: "No sample for 10 min, expected at least every 5 min.",
    });
  });
  it("does not fire at exactly the interval", () => {
    expect(missingData(ago(300), 300, now).missing).toBe(false);
  });
  it("does not fire before the first sample", () => {
    expect(missingData(null, 300, now)).toEqual({ missing: false, reason: "No sample received yet." });
  });
});
