// The budget formulas against cases worked out by hand.
import { describe, expect, it } from "vitest";
import { addCounts, allowedBadRatio, attainment, burnRate, errorBudget } from "./budget";

const DAY = 86_400_000;

describe("attainment", () => {
  it("is the percent of good events", () => {
    expect(attainment({ good: 999, total: 1000 })).toBeCloseTo(99.9, 10);
    expect(attainment({ good: 5, total: 5 })).toBe(100);
  });
  it("is unknown without events (no traffic is not 100 %)", () => {
    expect(attainment({ good: 0, total: 0 })).toBeNull();
  });
  it("adds counts", () => {
    expect(addCounts({ good: 1, total: 2 }, { good: 3, total: 4 })).toEqual({ good: 4, total: 6 });
  });
});

describe("allowedBadRatio", () => {
  it("is one minus the target, exactly", () => {
    expect(allowedBadRatio(99.9)).toBe(0.001);
    expect(allowedBadRatio(99.99)).toBe(0.0001);
    expect(allowedBadRatio(95)).toBe(0.05);
    expect(allowedBadRatio(100)).toBe(0);
  });
});

describe("errorBudget", () => {
  it("is 43.2 minutes for 99.9 % over 30 days", () => {
    expect(errorBudget(99.9, 30 * DAY, { good: 0, total: 0 }).totalMinutes).toBeCloseTo(43.2, 10);
  });

  it("is 4.32 minutes for 99.99 % over 30 days and 10.08 minutes for 99.9 % over 7 days", () => {
    expect(errorBudget(99.99, 30 * DAY, { good: 0, total: 0 }).totalMinutes).toBeCloseTo(4.32, 10);
    expect(errorBudget(99.9, 7 * DAY, { good: 0, total: 0 }).totalMinutes).toBeCloseTo(10.08, 10);
  });

  it("spends the share of allowed bad events: 250 bad of 1 000 000 at 99.9 % is a quarter", () => {
    const b = errorBudget(99.9, 30 * DAY, { good: 999_750, total: 1_000_000 });
    expect(b.consumedFraction).toBeCloseTo(0.25, 12);
    expect(b.remainingFraction).toBeCloseTo(0.75, 12);
    expect(b.consumedMinutes).toBeCloseTo(10.8, 10);
    expect(b.remainingMinutes).toBeCloseTo(32.4, 10);
  });

  it("is exactly spent at the edge: 1000 bad of 1 000 000 at 99.9 % is 100 % consumed, 0 remaining", () => {
    const b = errorBudget(99.9, 30 * DAY, { good: 999_000, total: 1_000_000 });
    expect(b.consumedFraction).toBe(1);
    expect(b.remainingFraction).toBe(0);
    expect(b.remainingMinutes).toBe(0);
    expect(b.consumedMinutes).toBeCloseTo(43.2, 10);
  });

  it("goes negative when overspent", () => {
    const b = errorBudget(99.9, 30 * DAY, { good: 998_000, total: 1_000_000 });
    expect(b.consumedFraction).toBe(2);
    expect(b.remainingFraction).toBe(-1);
  });

  it("has nothing to say without events", () => {
    expect(errorBudget(99.9, 30 * DAY, { good: 0, total: 0 })).toMatchObject({
      consumedFraction: null,
      remainingFraction: null,
      consumedMinutes: null,
      remainingMinutes: null,
    });
  });

  it("has no budget at a 100 % target: untouched while clean, infinitely overspent after one bad event", () => {
    expect(errorBudget(100, 30 * DAY, { good: 10, total: 10 })).toMatchObject({
      totalMinutes: 0,
      consumedFraction: 0,
      remainingFraction: 1,
    });
    expect(errorBudget(100, 30 * DAY, { good: 9, total: 10 }).consumedFraction).toBe(Infinity);
  });
});

describe("burnRate", () => {
  it("is the bad ratio over the allowed one", () => {
    expect(burnRate({ good: 999, total: 1000 }, 99.9)).toBeCloseTo(1, 10);
    expect(burnRate({ good: 9856, total: 10_000 }, 99.9)).toBeCloseTo(14.4, 10);
    expect(burnRate({ good: 1000, total: 1000 }, 99.9)).toBe(0);
  });
  it("is unknown without events", () => {
    expect(burnRate({ good: 0, total: 0 }, 99.9)).toBeNull();
  });
  it("is infinite at a 100 % target with any bad event, zero without", () => {
    expect(burnRate({ good: 9, total: 10 }, 100)).toBe(Infinity);
    expect(burnRate({ good: 10, total: 10 }, 100)).toBe(0);
  });
});
