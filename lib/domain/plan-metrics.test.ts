import { describe, expect, it } from "vitest";
import { planAccuracy, rpoAchievement, rtoAchievement, successfulRecoveries, testOverdue } from "./plan-metrics";

const run = (passed: boolean | null, rto: [number | null, number | null], rpo: [number | null, number | null]) => ({
  passed,
  actualRtoMinutes: rto[0],
  expectedRtoMinutes: rto[1],
  actualRpoMinutes: rpo[0],
  expectedRpoMinutes: rpo[1],
});

describe("plan metrics", () => {
  const runs = [
    run(true, [14, 15], [0, 0]),
    run(false, [42, 30], [5, 5]),
    run(true, [205, 240], [10, 15]),
    run(null, [null, null], [null, null]),
  ];

  it("counts successful recoveries among decided runs", () => {
    expect(successfulRecoveries(runs)).toEqual({ value: 66.7, numerator: 2, denominator: 3 });
  });

  it("measures RTO and RPO achievement only where both target and actual exist", () => {
    expect(rtoAchievement(runs)).toEqual({ value: 66.7, numerator: 2, denominator: 3 });
    expect(rpoAchievement(runs)).toEqual({ value: 100, numerator: 3, denominator: 3 });
  });

  it("has no value without data rather than a misleading 0 %", () => {
    expect(successfulRecoveries([]).value).toBeNull();
  });

  it("counts runbook runs finished without modification", () => {
    const d = new Date();
    expect(
      planAccuracy([
        { completedAt: d, modified: false },
        { completedAt: d, modified: true },
        { completedAt: null, modified: false },
      ]).value,
    ).toBe(50);
  });

  it("flags scheduled tests whose last run is older than their cadence", () => {
    const now = new Date("2026-11-28T00:00:00Z");
    expect(testOverdue("MONTHLY", new Date("2026-10-01T00:00:00Z"), now)).toBe(true);
    expect(testOverdue("QUARTERLY", new Date("2026-10-01T00:00:00Z"), now)).toBe(false);
    expect(testOverdue("MONTHLY", null, now)).toBe(true);
    expect(testOverdue("ON_DEMAND", null, now)).toBe(false);
  });
});
