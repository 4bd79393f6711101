import { describe, expect, it } from "vitest";
import { createPolicySchema, planLevels, savePolicySchema } from "./policy-input";

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const out: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (out[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  return out;
}

const level = (over: object = {}) => ({
  name: "Primary",
  roleLabel: "On-call",
  escalateAfterMinutes: 15,
  targets: [{ kind: "EMAIL", email: "oncall@example.com" }],
  ...over,
});
const policy = (over: object = {}) => ({
  name: "Payments",
  description: "",
  repeatCount: 1,
  isDefault: false,
  levels: [level()],
  ...over,
});

describe("createPolicySchema", () => {
  it("accepts a policy and coerces numbers typed into a form", () => {
    const parsed = createPolicySchema.parse(
      policy({ repeatCount: "2", levels: [level({ escalateAfterMinutes: "20" })] }),
    );
    expect(parsed.repeatCount).toBe(2);
    expect(parsed.levels[0]).toEqual({
      name: "Primary",
      roleLabel: "On-call",
      escalateAfterMinutes: 20,
      targets: [{ kind: "EMAIL", email: "oncall@example.com" }],
    });
  });

  it("names the exact level field that is wrong", () => {
    const result = createPolicySchema.safeParse(
      policy({ levels: [level(), level(), level({ escalateAfterMinutes: 0 })] }),
    );
    expect(fieldErrors(result)).toEqual({ "levels.2.escalateAfterMinutes": ["Between 1 and 1440 minutes"] });
    expect(
      fieldErrors(createPolicySchema.safeParse(policy({ levels: [level({ escalateAfterMinutes: 1441 })] }))),
    ).toEqual({
      "levels.0.escalateAfterMinutes": ["Between 1 and 1440 minutes"],
    });
    expect(
      fieldErrors(createPolicySchema.safeParse(policy({ levels: [level({ escalateAfterMinutes: "1.5" })] }))),
    ).toEqual({
      "levels.0.escalateAfterMinutes": ["Enter a whole number of minutes"],
    });
  });

  it("bounds the repeat count to 0–10", () => {
    expect(createPolicySchema.safeParse(policy({ repeatCount: 0 })).success).toBe(true);
    expect(createPolicySchema.safeParse(policy({ repeatCount: 10 })).success).toBe(true);
    expect(fieldErrors(createPolicySchema.safeParse(policy({ repeatCount: 11 })))).toEqual({
      repeatCount: ["Between 0 and 10 repeats"],
    });
    expect(fieldErrors(createPolicySchema.safeParse(policy({ repeatCount: "" })))).toEqual({
      repeatCount: ["Enter a whole number of repeats"],
    });
  });

  it("wants at least one level and at least one target per level", () => {
    expect(fieldErrors(createPolicySchema.safeParse(policy({ levels: [] })))).toEqual({
      levels: ["Add at least one level"],
    });
    expect(fieldErrors(createPolicySchema.safeParse(policy({ levels: [level(), level({ targets: [] })] })))).toEqual({
      "levels.1.targets": ["Add at least one user or e-mail address"],
    });
  });

  it("checks each target and refuses the same one twice in a level", () => {
    const targets = [
      { kind: "EMAIL", email: "bad" },
      { kind: "USER", userId: "" },
      { kind: "USER", userId: "u1" },
      { kind: "USER", userId: "u1" },
    ];
    expect(fieldErrors(createPolicySchema.safeParse(policy({ levels: [level({ targets })] })))).toEqual({
      "levels.0.targets.0.email": ["Enter a valid e-mail address"],
      "levels.0.targets.1.userId": ["Choose a user"],
      "levels.0.targets.3.userId": ["Listed twice in this level"],
    });
    const twice = [
      { kind: "EMAIL", email: "a@example.com" },
      { kind: "EMAIL", email: "A@example.com" },
    ];
    expect(fieldErrors(createPolicySchema.safeParse(policy({ levels: [level({ targets: twice })] })))).toEqual({
      "levels.0.targets.1.email": ["Listed twice in this level"],
    });
  });

  it("requires a name and a level name", () => {
    expect(fieldErrors(createPolicySchema.safeParse(policy({ name: " ", levels: [level({ name: "" })] })))).toEqual({
      name: ["Name is required"],
      "levels.0.name": ["Name is required"],
    });
  });
});

describe("savePolicySchema", () => {
  it("needs the policy id and refuses a level listed twice", () => {
    expect(fieldErrors(savePolicySchema.safeParse(policy()))).toEqual({ id: ["Policy is required"] });
    expect(
      fieldErrors(savePolicySchema.safeParse(policy({ id: "p1", levels: [level({ id: "l1" }), level({ id: "l1" })] }))),
    ).toEqual({
      "levels.1.id": ["This level appears twice"],
    });
  });
});

describe("planLevels", () => {
  const stored = [
    { id: "a", name: "Primary", pageCount: 3 },
    { id: "b", name: "Secondary", pageCount: 0 },
    { id: "c", name: "Manager", pageCount: 1 },
  ];

  it("keeps levels by id in the new order and creates new ones at their place", () => {
    expect(planLevels(stored, [{ id: "c" }, {}, { id: "a" }, { id: "b" }])).toEqual({
      update: [
        { id: "c", index: 0, position: 1 },
        { id: "a", index: 2, position: 3 },
        { id: "b", index: 3, position: 4 },
      ],
      create: [{ index: 1, position: 2 }],
      remove: [],
      blocked: [],
      unknown: [],
    });
  });

  it("removes only levels that never paged anyone", () => {
    const plan = planLevels(stored, [{ id: "a" }]);
    expect(plan.remove).toEqual(["b"]);
    expect(plan.blocked).toEqual([{ id: "c", name: "Manager", pageCount: 1 }]);
  });

  it("reports ids that are not this policy's levels", () => {
    expect(planLevels(stored, [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "zzz" }]).unknown).toEqual([
      { index: 3, id: "zzz" },
    ]);
  });
});
