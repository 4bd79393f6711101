import { describe, expect, it } from "vitest";
import { LEVEL_TONE, LEVELS } from "./level";

describe("risk levels", () => {
  it("colours every level, the higher ones red", () => {
    expect(Object.keys(LEVEL_TONE)).toEqual([...LEVELS]);
    expect(LEVEL_TONE.LOW).toBe("green");
    expect(LEVEL_TONE.CRITICAL).toBe("red");
  });
});
