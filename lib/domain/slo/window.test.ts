// Compliance windows: rolling days, and calendar months in UTC and in a zone with daylight saving.
import { describe, expect, it } from "vitest";
import { complianceWindow, startOfMonth } from "./window";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const calendar = { window: "CALENDAR_MONTH" as const, windowDays: 30 };

describe("complianceWindow", () => {
  it("rolling: the last windowDays days up to now", () => {
    const now = new Date("2026-11-30T09:00:00Z");
    const w = complianceWindow({ window: "ROLLING", windowDays: 30 }, now);
    expect(w).toEqual({ from: new Date("2026-10-31T09:00:00Z"), to: now, ms: 30 * DAY });
  });

  it("calendar month in UTC: from the 1st at midnight, budget of the whole month", () => {
    const now = new Date("2026-11-17T12:00:00Z");
    const w = complianceWindow(calendar, now, "UTC");
    expect(w.from).toEqual(new Date("2026-11-01T00:00:00Z"));
    expect(w.to).toEqual(now);
    expect(w.ms).toBe(30 * DAY);
  });

  it("calendar month: February of a leap year has 29 days, of another year 28", () => {
    expect(complianceWindow(calendar, new Date("2028-02-10T00:00:00Z"), "UTC")).toMatchObject({
      from: new Date("2028-02-01T00:00:00Z"),
      ms: 29 * DAY,
    });
    expect(complianceWindow(calendar, new Date("2027-02-10T00:00:00Z"), "UTC").ms).toBe(28 * DAY);
  });

  it("calendar month in Europe/Berlin across the spring change: March 2026 is one hour short", () => {
    const w = complianceWindow(calendar, new Date("2026-03-30T12:00:00Z"), "Europe/Berlin");
    // Midnight of 1 March is 23:00 UTC the day before (CET, +1); of 1 April 22:00 UTC (CEST, +2).
    expect(w.from).toEqual(new Date("2026-02-28T23:00:00Z"));
    expect(w.ms).toBe(31 * DAY - HOUR);
  });

  it("calendar month in Europe/Berlin across the autumn change: October 2026 is one hour long", () => {
    const w = complianceWindow(calendar, new Date("2026-10-30T12:00:00Z"), "Europe/Berlin");
    expect(w.from).toEqual(new Date("2026-09-30T22:00:00Z"));
    expect(w.ms).toBe(31 * DAY + HOUR);
  });

  it("uses the zone's month, not UTC's, near midnight", () => {
    // 23:30 UTC on 31 March is 01:30 on 1 April in Berlin: April has begun there.
    expect(startOfMonth(new Date("2026-03-31T23:30:00Z"), "Europe/Berlin")).toEqual(new Date("2026-03-31T22:00:00Z"));
    expect(startOfMonth(new Date("2026-03-31T23:30:00Z"), "UTC")).toEqual(new Date("2026-03-01T00:00:00Z"));
  });
});
