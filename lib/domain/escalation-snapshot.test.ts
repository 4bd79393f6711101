import { describe, expect, it } from "vitest";
import { readSnapshot, snapshotLabel, snapshotOf } from "./escalation-snapshot";

const policy = {
  id: "p1",
  name: "Default",
  version: 3,
  repeatCount: 1,
  levels: [
    {
      id: "l2",
      position: 2,
      name: "Second",
      roleLabel: "",
      escalateAfterMinutes: 30,
      targets: [{ userId: null, email: "b@example.com", label: "b@example.com" }],
    },
    {
      id: "l1",
      position: 1,
      name: "First",
      roleLabel: "On-call",
      escalateAfterMinutes: 15,
      targets: [{ userId: "u1", email: null, label: "Ann" }],
    },
  ],
};

describe("escalation snapshot", () => {
  it("copies the policy with its levels in position order", () => {
    const snapshot = snapshotOf(policy);
    expect(snapshot.levels.map((l) => l.id)).toEqual(["l1", "l2"]);
    expect(snapshot).toMatchObject({ policyId: "p1", name: "Default", version: 3, repeatCount: 1 });
    expect(snapshotLabel(snapshot)).toBe("Default v3");
  });

  it("reads back what it wrote, through JSON", () => {
    const stored = JSON.parse(JSON.stringify(snapshotOf(policy)));
    expect(readSnapshot(stored)).toEqual(snapshotOf(policy));
  });

  it("reads nothing from a missing or malformed value", () => {
    expect(readSnapshot(null)).toBeNull();
    expect(readSnapshot({ name: "Default" })).toBeNull();
    expect(readSnapshot({ ...snapshotOf(policy), version: 0 })).toBeNull();
  });
});
