import { describe, expect, it } from "vitest";
import { incidentBudget } from "./incident-budget";

const DAY = 86_400_000;

describe("incidentBudget", () => {
  it("is the incident's bad events over the window's allowed bad events, also in minutes", () => {
    // 99.9 % over 30 days: 43.2 min. 2,000,000 events in the window allow 2,000 bad; the incident had 500.
    const b = incidentBudget(99.9, 30 * DAY, { good: 9_500, total: 10_000 }, { good: 1_998_000, total: 2_000_000 });
    expect(b.bad).toBe(500);
    expect(b.attainment).toBe(95);
    expect(b.consumedFraction).toBeCloseTo(0.25, 12);
    expect(b.consumedMinutes).toBeCloseTo(10.8, 10);
    expect(b.totalMinutes).toBeCloseTo(43.2, 10);
  });

  it("says an incident that spent exactly the budget spent all of it", () => {
    const b = incidentBudget(99.9, 30 * DAY, { good: 0, total: 1_000 }, { good: 999_000, total: 1_000_000 });
    expect(b.consumedFraction).toBeCloseTo(1, 12);
    expect(b.consumedMinutes).toBeCloseTo(43.2, 10);
  });

  it("counts nothing spent when every event during the incident was good", () => {
    const b = incidentBudget(95, 30 * DAY, { good: 100, total: 100 }, { good: 1000, total: 1000 });
    expect(b.consumedFraction).toBe(0);
    expect(b.consumedMinutes).toBe(0);
  });

  it("knows no share without traffic in the window or for a 100 % objective", () => {
    expect(incidentBudget(99.9, 30 * DAY, { good: 0, total: 0 }, { good: 0, total: 0 })).toMatchObject({
      consumedFraction: null,
      consumedMinutes: null,
      attainment: null,
    });
    expect(incidentBudget(100, 30 * DAY, { good: 9, total: 10 }, { good: 99, total: 100 })).toMatchObject({
      bad: 1,
      consumedFraction: null,
      totalMinutes: 0,
    });
  });
});
