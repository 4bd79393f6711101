import { describe, expect, it } from "vitest";
import { formatMinutes, parseMinutes } from "./duration";

describe("formatMinutes", () => {
  it.each([
    [0, "0 min"],
    [5, "5 min"],
    [15, "15 min"],
    [60, "1 h"],
    [90, "1 h 30 min"],
    [240, "4 h"],
    [480, "8 h"],
    [1440, "1 d"],
    [1440 + 61, "1 d 1 h 1 min"],
  ])("%i minutes reads %s", (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});

describe("parseMinutes", () => {
  it.each([
    ["15 minutes", 15],
    ["5 min", 5],
    ["< 1 hour", 60],
    ["4 hours", 240],
    ["0.5 hours", 30],
    ["2 days", 2880],
    ["  1 Hour ", 60],
    ["< 5min", 5],
  ])("reads %j as %i minutes", (text, minutes) => {
    expect(parseMinutes(text)).toBe(minutes);
  });

  it("refuses text without a number", () => {
    expect(() => parseMinutes("real-time")).toThrow(/Not a duration/);
  });

  it("refuses an unknown unit instead of guessing", () => {
    expect(() => parseMinutes("3 fortnights")).toThrow(/Unknown duration unit/);
  });

  it("round-trips the plan's objectives", () => {
    for (const text of ["4 h", "1 h", "8 h", "2 h", "15 min", "5 min"])
      expect(formatMinutes(parseMinutes(text))).toBe(text);
  });
});
