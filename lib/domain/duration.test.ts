import { describe, expect, it } from "vitest";
import { durationTicks, formatMinutes, parseMinutes } from "./duration";

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

describe("durationTicks", () => {
  it("steps on round durations from zero past the largest value", () => {
    expect(durationTicks(60)).toEqual([0, 15, 30, 45, 60]);
    expect(durationTicks(69)).toEqual([0, 30, 60, 90]);
    expect(durationTicks(200)).toEqual([0, 60, 120, 180, 240]);
    expect(durationTicks(480)).toEqual([0, 120, 240, 360, 480]);
    expect(durationTicks(7)).toEqual([0, 2, 4, 6, 8]);
  });

  it("uses whole days beyond what a one-day step covers, and never an empty axis", () => {
    expect(durationTicks(10_000)).toEqual([0, 2880, 5760, 8640, 11520]);
    expect(durationTicks(0)).toEqual([0, 1]);
  });
});
