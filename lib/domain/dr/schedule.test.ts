import { describe, expect, it } from "vitest";
import { addMonths, isoDate, localDate, nextDue } from "./schedule";

const at = (iso: string) => new Date(iso);

describe("nextDue", () => {
  it("monthly from Jan 31 falls on the last day of February, leap years included", () => {
    const now = at("2027-02-01T12:00:00Z");
    expect(isoDate(nextDue("MONTHLY", at("2027-01-31T10:00:00Z"), now, "UTC")!.date)).toBe("2027-02-28");
    expect(isoDate(nextDue("MONTHLY", at("2028-01-31T10:00:00Z"), now, "UTC")!.date)).toBe("2028-02-29");
  });

  it("annually from Feb 29 falls on Feb 28 of a common year", () => {
    expect(isoDate(addMonths({ year: 2028, month: 2, day: 29 }, 12))).toBe("2029-02-28");
    expect(isoDate(nextDue("ANNUALLY", at("2028-02-29T09:00:00Z"), at("2028-03-01T00:00:00Z"), "UTC")!.date)).toBe(
      "2029-02-28",
    );
  });

  it("quarterly across a DST change keeps the local day", () => {
    // 23:30 in Berlin on Jan 15 (winter time) is still Jan 15 locally though it is 22:30 UTC;
    // three months later Berlin is on summer time and the due day stays Apr 15.
    const last = at("2026-01-15T22:30:00Z");
    const due = nextDue("QUARTERLY", last, at("2026-02-01T00:00:00Z"), "Europe/Berlin")!;
    expect(isoDate(due.date)).toBe("2026-04-15");
    // In New York the same instant is the afternoon of Jan 15: the due day is Apr 15 too.
    expect(isoDate(nextDue("QUARTERLY", last, at("2026-02-01T00:00:00Z"), "America/New_York")!.date)).toBe(
      "2026-04-15",
    );
    // An evening run on Oct 24 in Berlin (before the end of summer time) is due Jan 24.
    expect(
      isoDate(nextDue("QUARTERLY", at("2026-10-24T21:30:00Z"), at("2026-11-01T00:00:00Z"), "Europe/Berlin")!.date),
    ).toBe("2027-01-24");
  });

  it("is overdue only after the due day has passed, in the organisation's time zone", () => {
    const last = at("2026-10-30T12:00:00Z");
    expect(nextDue("MONTHLY", last, at("2026-11-30T22:00:00Z"), "UTC")!.overdue).toBe(false);
    expect(nextDue("MONTHLY", last, at("2026-12-01T00:00:00Z"), "UTC")!.overdue).toBe(true);
    // Already Dec 1 in Berlin at 23:30 UTC on Nov 30.
    expect(nextDue("MONTHLY", last, at("2026-11-30T23:30:00Z"), "Europe/Berlin")!.overdue).toBe(true);
  });

  it("a test that never ran is due now; an on-demand test is never due", () => {
    const now = at("2026-11-30T09:00:00Z");
    expect(nextDue("MONTHLY", null, now, "UTC")).toEqual({
      date: localDate(now, "UTC"),
      overdue: true,
      neverRun: true,
    });
    expect(nextDue("ON_DEMAND", null, now, "UTC")).toBeNull();
  });
});
