import { describe, expect, it } from "vitest";
import { dueTimes, windowLabel } from "./matrix";

const rules = [
  { severity: "SEV1", withinMinutes: 60, groupKey: "executive_team" },
  { severity: "SEV1", withinMinutes: 0, groupKey: "cto" },
  { severity: "SEV1", withinMinutes: 0, groupKey: "customers" },
  { severity: "SEV2", withinMinutes: 30, groupKey: "engineering_manager" },
] as const;

describe("notification matrix", () => {
  it("turns deadlines into absolute due times from the declaration", () => {
    const t0 = new Date("2026-11-28T10:00:00Z");
    expect(dueTimes([...rules], "SEV2", t0)).toEqual([{ rule: rules[3], dueAt: new Date("2026-11-28T10:30:00Z") }]);
    expect(dueTimes([...rules], "SEV1", t0).map((d) => [d.rule.groupKey, d.dueAt])).toEqual([
      ["cto", t0],
      ["customers", t0],
      ["executive_team", new Date("2026-11-28T11:00:00Z")],
    ]);
  });

  it("labels deadlines as the plan words them", () => {
    expect([0, 15, 60, 120, 480].map(windowLabel)).toEqual([
      "Immediate",
      "Within 15 min",
      "Within 1 h",
      "Within 2 h",
      "Within 8 h",
    ]);
  });
});
