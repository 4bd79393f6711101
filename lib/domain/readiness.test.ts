import { describe, expect, it } from "vitest";
import { quarterBefore, quarterKey, recentQuarters } from "./quarter";
import { notificationCompliance, readinessByQuarter, status, testingCoverage, type ReadinessFacts } from "./readiness";

const NOW = new Date("2026-11-15T12:00:00Z");
const BERLIN = "Europe/Berlin";
const run = (startedAt: string, passed: boolean | null, rto: [number, number] | null = null) => ({
  startedAt: new Date(startedAt),
  passed,
  actualRtoMinutes: rto?.[0] ?? null,
  expectedRtoMinutes: rto?.[1] ?? null,
  actualRpoMinutes: null,
  expectedRpoMinutes: null,
});
const empty: ReadinessFacts = { tests: [], runbookRuns: [], obligations: [], riskReviews: [], runbookEdits: [] };
const figure = (facts: ReadinessFacts, key: string, quarter = "2026-Q4") =>
  readinessByQuarter(facts, NOW, BERLIN)
    .find((q) => q.quarter === quarter)!
    .metrics.find((m) => m.key === key)!;

describe("quarters", () => {
  it("cuts quarters at midnight in the org time zone, not UTC", () => {
    // 23:30 UTC on 30 Sep is already 1 Oct in Berlin.
    expect(quarterKey(new Date("2026-09-30T23:30:00Z"), BERLIN)).toBe("2026-Q4");
    expect(quarterKey(new Date("2026-09-30T23:30:00Z"), "UTC")).toBe("2026-Q3");
    expect(quarterKey(new Date("2026-01-01T00:30:00Z"), "America/New_York")).toBe("2025-Q4");
  });

  it("lists the current quarter and the four before it, across a year", () => {
    expect(quarterBefore("2026-Q1", 1)).toBe("2025-Q4");
    expect(recentQuarters(NOW, BERLIN, 4)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
  });
});

describe("readiness metrics per quarter", () => {
  it("has no value for an empty quarter rather than 0 %", () => {
    const q = readinessByQuarter(empty, NOW, BERLIN).at(-1)!;
    expect(q.quarter).toBe("2026-Q4");
    for (const m of q.metrics.filter(
      (m) => !["team_readiness", "update_frequency", "technology_updates"].includes(m.key),
    ))
      expect(m.figure?.value ?? null, m.key).toBeNull();
    expect(figure(empty, "technology_updates")).toEqual({ key: "technology_updates", figure: null, status: "none" });
  });

  it("puts test runs in the quarter they started in, in the org zone", () => {
    const facts = {
      ...empty,
      tests: [
        {
          key: "failover_testing",
          cadence: "MONTHLY",
          runs: [run("2026-09-30T22:30:00Z", true, [10, 15]), run("2026-10-20T10:00:00Z", false, [40, 15])],
        },
      ],
    };
    expect(figure(facts, "successful_recoveries").figure).toEqual({ value: 50, numerator: 1, denominator: 2 });
    expect(figure(facts, "rto_achievement").figure).toEqual({ value: 50, numerator: 1, denominator: 2 });
    expect(figure(facts, "successful_recoveries", "2026-Q3").figure?.value).toBeNull();
    expect(figure(facts, "testing_coverage").figure).toEqual({ value: 66.7, numerator: 2, denominator: 3 });
  });

  it("counts plan accuracy on runbook runs completed in the quarter", () => {
    const facts = {
      ...empty,
      runbookRuns: [
        { completedAt: new Date("2026-10-02T00:00:00Z"), modified: false },
        { completedAt: new Date("2026-11-02T00:00:00Z"), modified: true },
        { completedAt: new Date("2026-06-02T00:00:00Z"), modified: true },
        { completedAt: null, modified: false },
      ],
    };
    expect(figure(facts, "plan_accuracy").figure).toEqual({ value: 50, numerator: 1, denominator: 2 });
    expect(figure(facts, "plan_accuracy", "2026-Q2").figure).toEqual({ value: 0, numerator: 0, denominator: 1 });
  });

  it("counts training sessions and plan reviews against the monthly targets", () => {
    const facts = {
      ...empty,
      tests: [{ key: "team_training", cadence: "QUARTERLY", runs: [run("2026-10-05T09:00:00Z", true)] }],
      riskReviews: [new Date("2026-10-01T08:00:00Z"), new Date("2026-07-01T08:00:00Z")],
      runbookEdits: [new Date("2026-11-01T08:00:00Z")],
    };
    expect(figure(facts, "team_readiness").figure).toEqual({ value: 33.3, numerator: 1, denominator: 3 });
    expect(figure(facts, "update_frequency").figure).toEqual({ value: 66.7, numerator: 2, denominator: 3 });
    expect(figure(facts, "update_frequency").status).toBe("missed");
  });
});

describe("notification compliance", () => {
  const due = new Date("2026-11-15T10:00:00Z");
  const at = (minutes: number) => new Date(due.getTime() + minutes * 60_000);

  it("is met when sent by the due time; pending past due is missed; not yet due or cancelled do not count", () => {
    expect(
      notificationCompliance(
        [
          { dueAt: due, sentAt: at(-5), status: "SENT" },
          { dueAt: due, sentAt: at(3), status: "SENT" },
          { dueAt: due, sentAt: null, status: "PENDING" },
          { dueAt: at(600), sentAt: null, status: "PENDING" },
          { dueAt: due, sentAt: null, status: "CANCELLED" },
        ],
        NOW,
      ),
    ).toEqual({ value: 33.3, numerator: 1, denominator: 3 });
    expect(notificationCompliance([], NOW).value).toBeNull();
  });
});

describe("testing coverage", () => {
  it("owes 3 monthly, 1 quarterly, a quarter of an annual run, nothing on demand; surplus does not carry over", () => {
    expect(
      testingCoverage([
        { cadence: "MONTHLY", runs: 5 },
        { cadence: "QUARTERLY", runs: 0 },
        { cadence: "ANNUALLY", runs: 1 },
        { cadence: "ON_DEMAND", runs: 4 },
      ]),
    ).toEqual({ value: 76.5, numerator: 3.25, denominator: 4.25 });
    expect(testingCoverage([{ cadence: "ON_DEMAND", runs: 2 }]).value).toBeNull();
  });

  it("colours by target: met, near (within 10 points), missed, none", () => {
    expect(status({ value: 95, numerator: 19, denominator: 20 }, 95)).toBe("met");
    expect(status({ value: 90, numerator: 9, denominator: 10 }, 95)).toBe("near");
    expect(status({ value: 50, numerator: 1, denominator: 2 }, 95)).toBe("missed");
    expect(status({ value: null, numerator: 0, denominator: 0 }, 95)).toBe("none");
    expect(status(null, 95)).toBe("none");
  });
});
