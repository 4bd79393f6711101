import { describe, expect, it } from "vitest";
import { dueTimes, matrixRows, windowLabel, type MatrixRule } from "./matrix";

const rules: MatrixRule[] = [
  { severity: "SEV1", withinMinutes: 60, groupKey: "executive_team" },
  { severity: "SEV1", withinMinutes: 0, groupKey: "cto" },
  { severity: "SEV1", withinMinutes: 0, groupKey: "customers" },
  { severity: "SEV2", withinMinutes: 30, groupKey: "engineering_manager" },
];

describe("notification matrix", () => {
  it("groups rules by deadline, earliest first", () => {
    expect(matrixRows(rules, "SEV1")).toEqual([
      { withinMinutes: 0, groups: ["cto", "customers"] },
      { withinMinutes: 60, groups: ["executive_team"] },
    ]);
  });

  it("turns deadlines into absolute due times from the declaration", () => {
    const t0 = new Date("2026-11-28T10:00:00Z");
    expect(dueTimes(rules, "SEV2", t0)).toEqual([{ groupKey: "engineering_manager", dueAt: new Date("2026-11-28T10:30:00Z") }]);
  });

  it("labels deadlines as the plan words them", () => {
    expect([0, 15, 60, 120, 480].map(windowLabel)).toEqual(["Immediate", "Within 15 min", "Within 1 h", "Within 2 h", "Within 8 h"]);
  });
});
