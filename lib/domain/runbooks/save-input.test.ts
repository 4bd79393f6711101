import { describe, expect, it } from "vitest";
import { recordRunStepSchema } from "../runbook-run-input";
import { runbookFromFields, saveRunbookSchema } from "./save-input";

const form = (fields: Record<string, string>) => (name: string) => fields[name];

describe("the runbook editor's fields", () => {
  it("become ordered steps, read up to the first missing index", () => {
    const input = runbookFromFields(
      form({
        title: "Fail over",
        category: "failover",
        note: "Why",
        "steps.0.id": "a",
        "steps.0.title": "One",
        "steps.1.id": "",
        "steps.1.title": "Two",
        "steps.1.command": "run it",
        "steps.3.title": "Orphan",
      }),
    );
    const parsed = saveRunbookSchema.parse(input);
    expect(parsed.runbookId).toBeUndefined();
    expect(parsed.steps).toEqual([
      { id: "a", title: "One", description: "", command: "", expectedResult: "" },
      { id: undefined, title: "Two", description: "", command: "run it", expectedResult: "" },
    ]);
  });

  it("name each step's field in errors, and want a note and a step", () => {
    const result = saveRunbookSchema.safeParse(
      runbookFromFields(form({ title: "T", category: "c", "steps.0.title": " " })),
    );
    const paths = result.error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(["steps.0.title", "note"]);
    const none = saveRunbookSchema.safeParse(runbookFromFields(form({ title: "T", category: "c", note: "n" })));
    expect(none.error?.issues.map((i) => i.message)).toEqual(["Add at least one step"]);
  });

  it("refuse a key that is not an address", () => {
    const bad = saveRunbookSchema.safeParse({ ...runbookFromFields(form({})), key: "Has Spaces" });
    expect(bad.error?.issues.find((i) => i.path[0] === "key")?.message).toMatch(/^Lower-case letters/);
  });
});

describe("a step's outcome", () => {
  const base = { runId: "r", stepId: "s" };
  it("needs a reason to skip and a note to fail, not to be done", () => {
    expect(recordRunStepSchema.safeParse({ ...base, outcome: "DONE" }).success).toBe(true);
    expect(recordRunStepSchema.safeParse({ ...base, outcome: "SKIPPED" }).error?.issues[0]).toMatchObject({
      path: ["note"],
      message: "Say why the step was skipped",
    });
    expect(recordRunStepSchema.safeParse({ ...base, outcome: "FAILED", note: " " }).error?.issues[0]).toMatchObject({
      path: ["note"],
      message: "Say what failed",
    });
    expect(recordRunStepSchema.safeParse({ ...base, outcome: "MAYBE" }).error?.issues[0].message).toBe(
      "Choose Done, Skipped or Failed",
    );
  });
});
