import { describe, expect, it } from "vitest";
import { escalatesAt, firstStep, fullSchedule, nextStep, pageKey, type PolicySpec } from "./escalation";

const T0 = new Date("2026-11-28T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

// The plan: primary 15 min, secondary 30 min, then Engineering Manager → VP Engineering → CTO.
const plan: PolicySpec = {
  repeatCount: 0,
  levels: [
    { position: 1, escalateAfterMinutes: 15 },
    { position: 2, escalateAfterMinutes: 30 },
    { position: 3, escalateAfterMinutes: 30 },
    { position: 4, escalateAfterMinutes: 30 },
    { position: 5, escalateAfterMinutes: 30 },
  ],
};

describe("escalation", () => {
  it("pages the primary at declaration and the secondary 15 minutes later", () => {
    const first = firstStep(plan, T0)!;
    expect(first).toEqual({ round: 0, position: 1, at: T0 });
    expect(nextStep(plan, first)).toEqual({ round: 0, position: 2, at: at(15) });
  });

  it("reaches the chain 30 minutes after the secondary, and stops after the CTO", () => {
    expect(fullSchedule(plan, T0).map((s) => [s.position, (s.at.getTime() - T0.getTime()) / 60_000])).toEqual([
      [1, 0],
      [2, 15],
      [3, 45],
      [4, 75],
      [5, 105],
    ]);
  });

  it("walks the chain again for each repeat", () => {
    const schedule = fullSchedule({ ...plan, repeatCount: 1 }, T0);
    expect(schedule).toHaveLength(10);
    expect(schedule[5]).toEqual({ round: 1, position: 1, at: at(135) });
  });

  it("uses planned times, so a late worker does not push later levels back", () => {
    const late = { round: 0, position: 1, at: T0 };
    expect(escalatesAt(plan, late)).toEqual(at(15));
  });

  it("orders levels by position, whatever order they come in", () => {
    const shuffled = { repeatCount: 0, levels: [...plan.levels].reverse() };
    expect(fullSchedule(shuffled, T0).map((s) => s.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it("has nothing to page with no levels, and keys pages uniquely per round and level", () => {
    expect(firstStep({ levels: [], repeatCount: 0 }, T0)).toBeNull();
    expect(pageKey("inc1", { round: 1, position: 2 })).toBe("page:inc1:1:2");
  });
});
