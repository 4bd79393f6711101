import { describe, expect, it } from "vitest";
import { criteriaOf, drillRtoMinutes, validateRecoveryMetrics } from "./verdict";

const base = { actualRtoMinutes: 10, actualRpoMinutes: 0, expectedRtoMinutes: 15, expectedRpoMinutes: 0, criteria: [] };

describe("validateRecoveryMetrics", () => {
  it("passes when the objectives hold and every criterion is met", () => {
    const verdict = validateRecoveryMetrics({ ...base, criteria: [{ criterion: "service up", met: true, note: "" }] });
    expect(verdict).toEqual({ passed: true, shortfalls: [] });
  });

  it("an RTO equal to the target passes; one minute over fails and says by how much", () => {
    expect(validateRecoveryMetrics({ ...base, actualRtoMinutes: 15 }).passed).toBe(true);
    const verdict = validateRecoveryMetrics({ ...base, actualRtoMinutes: 16 });
    expect(verdict.passed).toBe(false);
    expect(verdict.shortfalls).toEqual([{ kind: "rto", title: "RTO missed: 16 min against 15 min" }]);
  });

  it("fails a missed RPO, an unmeasured target and each unmet criterion, one shortfall each", () => {
    const verdict = validateRecoveryMetrics({
      ...base,
      actualRtoMinutes: null,
      actualRpoMinutes: 3,
      criteria: [
        { criterion: "configs restored", met: false, note: "vault missing" },
        { criterion: "validated", met: true, note: "" },
      ],
    });
    expect(verdict.passed).toBe(false);
    expect(verdict.shortfalls.map((s) => s.title)).toEqual([
      "RTO not measured (target 15 min)",
      "RPO missed: 3 min against 0 min",
      "Criterion not met: configs restored — vault missing",
    ]);
  });

  it("ignores objectives without a target", () => {
    const verdict = validateRecoveryMetrics({
      ...base,
      expectedRtoMinutes: null,
      expectedRpoMinutes: null,
      actualRtoMinutes: 999,
    });
    expect(verdict.passed).toBe(true);
  });
});

describe("helpers", () => {
  it("reads one criterion per line", () => {
    expect(criteriaOf(" a \n\nb\n")).toEqual(["a", "b"]);
  });
  it("measures a drill's RTO in whole minutes, rounded up", () => {
    expect(drillRtoMinutes(new Date("2026-01-01T10:00:00Z"), new Date("2026-01-01T10:42:01Z"))).toBe(43);
  });
});
