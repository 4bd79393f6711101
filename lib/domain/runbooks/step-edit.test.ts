import { describe, expect, it } from "vitest";
import { diffRunbookVersions, planStepEdit, snapshotSteps } from "./step-edit";

const stored = [
  { id: "a", position: 1, referenced: true },
  { id: "b", position: 2, referenced: false },
  { id: "c", position: 3, referenced: true },
  { id: "old", position: -1, referenced: true },
];

describe("planning a step edit", () => {
  it("keeps steps by id in their new order and adds new ones where they were put", () => {
    const plan = planStepEdit(stored, [{ id: "c" }, {}, { id: "a" }, { id: "b" }]);
    expect(plan.updates).toEqual([
      { id: "c", position: 1, index: 0 },
      { id: "a", position: 3, index: 2 },
      { id: "b", position: 4, index: 3 },
    ]);
    expect(plan.creates).toEqual([{ position: 2, index: 1 }]);
    expect(plan.deletes).toEqual([]);
    expect(plan.retires).toEqual([]);
  });

  it("deletes a removed step no run recorded and retires one a run did, below the retired ones", () => {
    const plan = planStepEdit(stored, [{ id: "b" }]);
    expect(plan.deletes).toEqual([]);
    expect(plan.retires).toEqual([
      { id: "a", position: -2 },
      { id: "c", position: -3 },
    ]);
    expect(planStepEdit(stored, [{ id: "a" }, { id: "c" }]).deletes).toEqual(["b"]);
  });

  it("refuses ids that are not current steps: another runbook's, a retired one, or one given twice", () => {
    const plan = planStepEdit(stored, [{ id: "a" }, { id: "old" }, { id: "zzz" }, { id: "a" }]);
    expect(plan.unknown).toEqual([
      { id: "old", index: 1 },
      { id: "zzz", index: 2 },
      { id: "a", index: 3 },
    ]);
  });
});

describe("diff of a version's steps", () => {
  const v1 = {
    title: "Fail over",
    steps: [
      { title: "Stop writes", description: "", command: "", expectedResult: "" },
      { title: "Promote replica", description: "", command: "pg_ctl promote", expectedResult: "" },
    ],
  };

  it("shows changed lines as removed and added, and the rest as the same", () => {
    const v2 = { ...v1, steps: [v1.steps[0], { ...v1.steps[1], command: "pg_ctl promote -w" }] };
    const lines = diffRunbookVersions(v1, v2);
    expect(lines.filter((l) => l.kind !== "same")).toEqual([
      { kind: "removed", text: "   Command: pg_ctl promote" },
      { kind: "added", text: "   Command: pg_ctl promote -w" },
    ]);
    expect(lines.slice(0, 3).map((l) => l.text)).toEqual(["Title: Fail over", "1. Stop writes", "2. Promote replica"]);
  });

  it("shows everything as added for the first version", () => {
    expect(diffRunbookVersions(null, v1).every((l) => l.kind === "added")).toBe(true);
  });

  it("reads stored snapshots with missing fields as empty", () => {
    expect(snapshotSteps([{ title: "X" }, null])).toEqual([
      { title: "X", description: "", command: "", expectedResult: "" },
      { title: "", description: "", command: "", expectedResult: "" },
    ]);
    expect(snapshotSteps("nonsense")).toEqual([]);
  });
});
