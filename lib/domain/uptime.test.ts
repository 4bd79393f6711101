import { describe, expect, it } from "vitest";
import { describeDay, uptimeBars } from "./uptime";

const at = (iso: string) => new Date(iso);
const now = at("2026-11-30T12:00:00Z");

describe("uptimeBars", () => {
  it("gives 90 UTC days ending today, all operational without incidents", () => {
    const bars = uptimeBars([], now);
    expect(bars.days).toHaveLength(90);
    expect(bars.days[89].date).toBe("2026-11-30");
    expect(bars.days[0].date).toBe("2026-09-02");
    expect(bars.days.every((d) => d.state === "OPERATIONAL" && d.uptimePercent === 100)).toBe(true);
    expect(bars.uptimePercent).toBe(100);
  });

  it("counts impaired minutes per day, split across midnight, with the day's worst state", () => {
    const bars = uptimeBars(
      [
        {
          incidentId: "a",
          start: at("2026-11-28T23:00:00Z"),
          end: at("2026-11-29T01:00:00Z"),
          state: "PARTIAL_OUTAGE",
        },
        { incidentId: "b", start: at("2026-11-29T00:30:00Z"), end: at("2026-11-29T00:45:00Z"), state: "MAJOR_OUTAGE" },
      ],
      now,
    );
    const [d28, d29] = bars.days.slice(87, 89);
    expect(d28).toMatchObject({ date: "2026-11-28", state: "PARTIAL_OUTAGE", impactMinutes: 60, incidentIds: ["a"] });
    // Overlapping outages count once: 00:00–01:00 is 60 minutes, not 75.
    expect(d29).toMatchObject({
      date: "2026-11-29",
      state: "MAJOR_OUTAGE",
      impactMinutes: 60,
      incidentIds: ["a", "b"],
    });
    expect(d29.uptimePercent).toBe(95.83);
  });

  it("runs an open incident up to now and measures today against the part that has passed", () => {
    const bars = uptimeBars(
      [{ incidentId: "c", start: at("2026-11-30T06:00:00Z"), end: null, state: "MAJOR_OUTAGE" }],
      now,
    );
    expect(bars.days[89]).toMatchObject({ impactMinutes: 360, uptimePercent: 50 });
  });

  it("shows maintenance as the day's state without counting it as downtime", () => {
    const bars = uptimeBars(
      [
        {
          incidentId: "m",
          start: at("2026-11-30T01:00:00Z"),
          end: at("2026-11-30T02:00:00Z"),
          state: "UNDER_MAINTENANCE",
        },
      ],
      now,
    );
    expect(bars.days[89]).toMatchObject({ state: "UNDER_MAINTENANCE", impactMinutes: 0, uptimePercent: 100 });
  });

  it("ignores outages outside the window and describes a day in words", () => {
    const bars = uptimeBars(
      [
        {
          incidentId: "old",
          start: at("2025-01-01T00:00:00Z"),
          end: at("2025-01-02T00:00:00Z"),
          state: "MAJOR_OUTAGE",
        },
      ],
      now,
    );
    expect(bars.uptimePercent).toBe(100);
    expect(describeDay(bars.days[0])).toBe("2026-09-02: no incidents");
    expect(
      describeDay({
        date: "2026-11-29",
        state: "PARTIAL_OUTAGE",
        impactMinutes: 125,
        uptimePercent: 91.32,
        incidentIds: ["a"],
      }),
    ).toBe("2026-11-29: partial outage, 2 h 5 min impaired, 91.32% uptime");
  });
});
