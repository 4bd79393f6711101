import { describe, expect, it } from "vitest";
import { exercise, exerciseText } from "./stale";

const now = new Date("2031-06-01T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

describe("the stale rule", () => {
  it("is fresh up to 90 days after the last run and stale after", () => {
    expect(exercise(daysAgo(89), now).stale).toBe(false);
    expect(exercise(daysAgo(90), now).stale).toBe(false);
    expect(exercise(new Date(daysAgo(90).getTime() - 1), now).stale).toBe(true);
    expect(exercise(daysAgo(200), now)).toMatchObject({ stale: true, daysSince: 200 });
  });

  it("counts a runbook never run as stale", () => {
    expect(exercise(null, now)).toEqual({ lastRunAt: null, stale: true, daysSince: null });
  });

  it("says when, in words", () => {
    expect(exerciseText(exercise(null, now))).toBe("Never exercised");
    expect(exerciseText(exercise(daysAgo(0), now))).toBe("Last exercised today");
    expect(exerciseText(exercise(daysAgo(1), now))).toBe("Last exercised 1 day ago");
    expect(exerciseText(exercise(daysAgo(12), now))).toBe("Last exercised 12 days ago");
  });
});
