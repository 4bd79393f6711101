import { describe, expect, it } from "vitest";
import { diffSummary, diffText, diffVersions } from "./template-diff";

describe("template version diff", () => {
  it("shows a changed line as removed then added, the rest as kept", () => {
    expect(diffText("Status: X\nImpact: A\nEnd", "Status: X\nImpact: B\nEnd")).toEqual([
      { kind: "same", text: "Status: X" },
      { kind: "removed", text: "Impact: A" },
      { kind: "added", text: "Impact: B" },
      { kind: "same", text: "End" },
    ]);
  });

  it("keeps blank lines and does not count a trailing line break as a change", () => {
    expect(diffText("a\n\nb", "a\n\nb\n")).toEqual([
      { kind: "same", text: "a" },
      { kind: "same", text: "" },
      { kind: "same", text: "b" },
    ]);
  });

  it("shows the first version as all added, and says when nothing changed", () => {
    const first = diffVersions(null, { subject: "S", body: "B1\nB2", shortText: "" });
    expect(first.map((d) => [d.field, d.changed])).toEqual([
      ["subject", true],
      ["body", true],
      ["shortText", false],
    ]);
    expect(diffSummary(first)).toBe("3 line(s) added, 0 line(s) removed");
    const same = { subject: "S", body: "B", shortText: "x" };
    expect(diffSummary(diffVersions(same, same))).toBe("No text changes");
  });
});
