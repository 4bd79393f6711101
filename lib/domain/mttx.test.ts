import { describe, expect, it } from "vitest";
import { monthKey, monthLabel, monthsBetween, summarizeMttx, type MttxIncident } from "./mttx";

const MIN = 60_000;
const t = (iso: string) => new Date(iso);
const plus = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MIN);

function incident(
  severity: MttxIncident["severity"],
  startedIso: string,
  { detect = 0, ack = null, resolve = null }: { detect?: number; ack?: number | null; resolve?: number | null },
  keyTimes: MttxIncident["keyTimes"] = [],
): MttxIncident {
  const startedAt = t(startedIso);
  return {
    severity,
    startedAt,
    detectedAt: plus(startedAt, detect),
    acknowledgedAt: ack === null ? null : plus(startedAt, ack),
    mitigatedAt: null,
    resolvedAt: resolve === null ? null : plus(startedAt, resolve),
    keyTimes,
  };
}

const RANGE = { from: t("2026-09-10T00:00:00Z"), to: t("2026-11-30T09:00:00Z"), timeZone: "UTC" };

describe("months", () => {
  it("names the month an instant falls in, in the given zone", () => {
    expect(monthKey(t("2026-10-31T23:30:00Z"), "UTC")).toBe("2026-10");
    // 23:30 UTC on 31 October is already 1 November in Berlin (UTC+1 in winter).
    expect(monthKey(t("2026-10-31T23:30:00Z"), "Europe/Berlin")).toBe("2026-11");
    expect(monthKey(t("2026-11-01T03:00:00Z"), "America/New_York")).toBe("2026-10");
  });

  it("lists every month of a range, across a year end", () => {
    expect(monthsBetween(t("2026-11-20T00:00:00Z"), t("2027-02-01T00:00:00Z"), "UTC")).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
    ]);
    expect(monthsBetween(t("2026-11-20T00:00:00Z"), t("2026-11-21T00:00:00Z"), "Europe/Berlin")).toEqual(["2026-11"]);
  });

  it("labels a month in words", () => {
    expect(monthLabel("2026-11")).toBe("Nov 2026");
    expect(monthLabel("2027-01")).toBe("Jan 2027");
  });
});

describe("summarizeMttx", () => {
  it("averages acknowledged − detected and resolved − started per severity and month", () => {
    const summary = summarizeMttx(
      [
        // SEV1 in October: detected after 5, acked after 15 (TTA 10), resolved after 95 (TTR 95).
        incident("SEV1", "2026-10-03T10:00:00Z", { detect: 5, ack: 15, resolve: 95 }),
        // SEV1 in October: TTA 20 (detected 0, acked 20), TTR 45.
        incident("SEV1", "2026-10-20T10:00:00Z", { ack: 20, resolve: 45 }),
        // SEV2 in November: TTA 4, not yet resolved.
        incident("SEV2", "2026-11-02T08:00:00Z", { detect: 1, ack: 5 }),
        // SEV3 in November: never acknowledged, resolved after 30.
        incident("SEV3", "2026-11-15T08:00:00Z", { resolve: 30 }),
      ],
      RANGE,
    );
    expect(summary.months.map((m) => m.month)).toEqual(["2026-09", "2026-10", "2026-11"]);
    const [september, october, november] = summary.months;
    expect(september.label).toBe("Sep 2026");
    expect(september.all).toEqual({ incidents: 0, mttaMs: null, acknowledged: 0, mttrMs: null, resolved: 0 });
    expect(october.severities.SEV1).toEqual({
      incidents: 2,
      mttaMs: 15 * MIN,
      acknowledged: 2,
      mttrMs: 70 * MIN,
      resolved: 2,
    });
    expect(october.severities.SEV2.incidents).toBe(0);
    expect(november.severities.SEV2).toEqual({
      incidents: 1,
      mttaMs: 4 * MIN,
      acknowledged: 1,
      mttrMs: null,
      resolved: 0,
    });
    expect(november.severities.SEV3).toEqual({
      incidents: 1,
      mttaMs: null,
      acknowledged: 0,
      mttrMs: 30 * MIN,
      resolved: 1,
    });
    // November as a whole: TTA only from the SEV2 (4), TTR only from the SEV3 (30).
    expect(november.all).toEqual({ incidents: 2, mttaMs: 4 * MIN, acknowledged: 1, mttrMs: 30 * MIN, resolved: 1 });
    // Overall: TTA (10 + 20 + 4) / 3, TTR (95 + 45 + 30) / 3.
    expect(summary.all.incidents).toBe(4);
    expect(summary.all.mttaMs).toBeCloseTo((34 / 3) * MIN, 6);
    expect(summary.all.mttrMs).toBeCloseTo((170 / 3) * MIN, 6);
    expect(summary.bySeverity.SEV1.mttrMs).toBe(70 * MIN);
  });

  it("prefers a postmortem's corrected times and ignores uncorrected rows", () => {
    const started = "2026-11-10T12:00:00Z";
    const summary = summarizeMttx(
      [
        incident("SEV2", started, { ack: 10, resolve: 60 }, [
          // The author found the impact began 30 min earlier: TTR 90 instead of 60.
          { kind: "IMPACT_STARTED", at: plus(t(started), -30), reason: "Errors began before the alert" },
          // A derived row without a reason does not override the incident's own acknowledgement.
          { kind: "ACKNOWLEDGED", at: plus(t(started), 50), reason: null },
        ]),
      ],
      RANGE,
    );
    expect(summary.bySeverity.SEV2).toMatchObject({ mttaMs: 10 * MIN, mttrMs: 90 * MIN });
  });

  it("files an incident under the month its corrected start falls in", () => {
    const summary = summarizeMttx(
      [
        incident("SEV3", "2026-11-01T00:10:00Z", { resolve: 20 }, [
          { kind: "IMPACT_STARTED", at: t("2026-10-31T23:50:00Z"), reason: "Impact began before midnight" },
        ]),
      ],
      RANGE,
    );
    expect(summary.months.find((m) => m.month === "2026-10")?.all).toMatchObject({ incidents: 1, mttrMs: 40 * MIN });
    expect(summary.months.find((m) => m.month === "2026-11")?.all.incidents).toBe(0);
  });

  it("groups by the month in the organisation's time zone", () => {
    const late = [incident("SEV1", "2026-10-31T23:30:00Z", { ack: 6, resolve: 12 })];
    const utc = summarizeMttx(late, RANGE);
    const berlin = summarizeMttx(late, { ...RANGE, timeZone: "Europe/Berlin" });
    expect(utc.months.find((m) => m.month === "2026-10")?.all.incidents).toBe(1);
    expect(berlin.months.find((m) => m.month === "2026-11")?.all.incidents).toBe(1);
    expect(berlin.months.find((m) => m.month === "2026-10")?.all.incidents).toBe(0);
  });

  it("leaves out durations in an impossible order and incidents outside the range", () => {
    const summary = summarizeMttx(
      [
        // Acknowledged before it was detected: no TTA from it; its TTR still counts.
        incident("SEV1", "2026-11-05T10:00:00Z", { detect: 10, ack: 5, resolve: 25 }),
        incident("SEV1", "2026-06-01T10:00:00Z", { ack: 1, resolve: 2 }),
      ],
      RANGE,
    );
    expect(summary.bySeverity.SEV1).toEqual({
      incidents: 1,
      mttaMs: null,
      acknowledged: 0,
      mttrMs: 25 * MIN,
      resolved: 1,
    });
  });
});
