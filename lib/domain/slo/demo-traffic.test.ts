import { describe, expect, it } from "vitest";
import { demoRequests } from "./demo-traffic";

const MIN = 60_000;
const middle = () => 0.5;
// Wednesday 2 December 2026, and the Saturday after.
const weekday = (hour: number) => Date.UTC(2026, 11, 2, hour);
const saturday = (hour: number) => Date.UTC(2026, 11, 5, hour);

describe("demoRequests", () => {
  it("follows the day from ~2,000 per five minutes at 02:00 UTC to ~12,000 at 14:00", () => {
    expect(demoRequests(weekday(2), 5 * MIN, middle)).toBe(2000);
    expect(demoRequests(weekday(14), 5 * MIN, middle)).toBe(12_000);
    expect(demoRequests(weekday(8), 5 * MIN, middle)).toBe(7000);
  });

  it("scales to the step, so a minute of the feed is a fifth of a seeded interval", () => {
    expect(demoRequests(weekday(2), MIN, middle)).toBe(400);
    expect(demoRequests(weekday(14), MIN, middle)).toBe(2400);
  });

  it("is quieter at weekends and varies by at most 5 % with the random draw", () => {
    expect(demoRequests(saturday(14), 5 * MIN, middle)).toBe(7500);
    expect(demoRequests(weekday(14), 5 * MIN, () => 0)).toBe(11_400);
    expect(demoRequests(weekday(14), 5 * MIN, () => 1)).toBe(12_600);
  });
});
