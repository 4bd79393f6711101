import { describe, expect, it } from "vitest";
import { attainmentTone, budgetTone } from "./tone";

describe("SLO tones", () => {
  it("is green exactly at the target and red below it, gray without data", () => {
    expect(attainmentTone(99.9, 99.9)).toBe("green");
    expect(attainmentTone(99.89, 99.9)).toBe("red");
    expect(attainmentTone(null, 99.9)).toBe("gray");
  });
  it("shows a budget running low in amber and a spent one in red", () => {
    expect(budgetTone(0.25)).toBe("green");
    expect(budgetTone(0.2499)).toBe("amber");
    expect(budgetTone(0)).toBe("red");
    expect(budgetTone(-0.5)).toBe("red");
    expect(budgetTone(null)).toBe("gray");
  });
});
