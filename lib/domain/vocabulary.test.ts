import { describe, expect, it } from "vitest";
import { chooseOne, column, TONES } from "./vocabulary";

describe("vocabulary helpers", () => {
  it("takes one field of every entry, keyed like the table", () => {
    const table = { A: { label: "Alpha", tone: "red" }, B: { label: "Beta", tone: "green" } };
    expect(column(table, "label")).toEqual({ A: "Alpha", B: "Beta" });
    expect(column(table, "tone")).toEqual({ A: "red", B: "green" });
  });

  it("misses an unknown key instead of inventing a value", () => {
    const labels = column({ A: { label: "Alpha" } }, "label");
    expect(labels["Z"]).toBeUndefined();
  });

  it("names every allowed value in a validation message", () => {
    expect(chooseOne(["SEV1", "SEV2", "SEV3"])).toBe("Choose SEV1, SEV2 or SEV3");
    expect(chooseOne(["A", "B"])).toBe("Choose A or B");
    expect(chooseOne(["A"])).toBe("Choose A");
  });

  it("has the badge colours", () => {
    expect(TONES).toEqual(["gray", "red", "amber", "green", "indigo"]);
  });
});
