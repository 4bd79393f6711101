import { describe, expect, it } from "vitest";
import { deriveKeyTimes, effectiveKeyTimes, formatSpan, keyDurations, orderProblems, type KeyTimes } from "./key-times";

const T0 = new Date("2026-11-02T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const incident = {
  startedAt: at(0),
  detectedAt: at(2),
  acknowledgedAt: at(4) as Date | null,
  mitigatedAt: at(70) as Date | null,
  resolvedAt: at(95) as Date | null,
};

describe("deriveKeyTimes", () => {
  it("takes the incident's own stamps", () => {
    expect(deriveKeyTimes(incident, [])).toEqual({
      IMPACT_STARTED: at(0),
      DETECTED: at(2),
      ACKNOWLEDGED: at(4),
      MITIGATED: at(70),
      RESOLVED: at(95),
    });
  });

  it("falls back to the first acknowledgement and the first move to monitoring or resolved", () => {
    const events = [
      { kind: "ACKNOWLEDGED" as const, message: "", data: null, occurredAt: at(9) },
      { kind: "ACKNOWLEDGED" as const, message: "", data: null, occurredAt: at(6) },
      { kind: "STATUS_CHANGED" as const, message: "INVESTIGATING → IDENTIFIED", data: null, occurredAt: at(20) },
      {
        kind: "STATUS_CHANGED" as const,
        message: "",
        data: { from: "IDENTIFIED", to: "MONITORING" },
        occurredAt: at(50),
      },
      { kind: "STATUS_CHANGED" as const, message: "MONITORING → RESOLVED", data: null, occurredAt: at(80) },
    ];
    const derived = deriveKeyTimes({ ...incident, acknowledgedAt: null, mitigatedAt: null, resolvedAt: null }, events);
    expect(derived).toMatchObject({ ACKNOWLEDGED: at(6), MITIGATED: at(50), RESOLVED: null });
    // Resolved straight from investigating: mitigation is the resolution.
    const straight = [
      { kind: "STATUS_CHANGED" as const, message: "INVESTIGATING → RESOLVED", data: null, occurredAt: at(12) },
    ];
    expect(deriveKeyTimes({ ...incident, mitigatedAt: null }, straight).MITIGATED).toEqual(at(12));
  });
});

describe("effectiveKeyTimes", () => {
  it("lets a correction (one with a reason) win and ignores stored rows without one", () => {
    const derived = deriveKeyTimes(incident, []);
    const times = effectiveKeyTimes(derived, [
      { kind: "IMPACT_STARTED", at: at(-20), reason: "Errors began before anyone declared" },
      { kind: "DETECTED", at: at(30), reason: null },
    ]);
    expect(times.IMPACT_STARTED).toEqual(at(-20));
    expect(times.DETECTED).toEqual(at(2));
  });
});

describe("keyDurations", () => {
  it("computes TTD, TTA, TTM and TTR by hand-checked values", () => {
    const durations = keyDurations(deriveKeyTimes(incident, []));
    expect(durations.map((d) => [d.key, d.label, d.ms === null ? null : d.ms / 60_000])).toEqual([
      ["TTD", "Time to detect", 2],
      ["TTA", "Time to acknowledge", 2],
      ["TTM", "Time to mitigate", 70],
      ["TTR", "Time to resolve", 95],
    ]);
  });

  it("is null where a time is missing", () => {
    const times: KeyTimes = { ...deriveKeyTimes(incident, []), ACKNOWLEDGED: null, MITIGATED: null };
    expect(keyDurations(times).map((d) => d.ms)).toEqual([120_000, null, null, 95 * 60_000]);
  });
});

describe("orderProblems", () => {
  it("is empty for a sound order and names each impossible pair in words", () => {
    expect(orderProblems(deriveKeyTimes(incident, []))).toEqual([]);
    const times = { ...deriveKeyTimes(incident, []), RESOLVED: at(-3) };
    expect(orderProblems(times)).toEqual([
      "Resolved is 3 min before impact started.",
      "Resolved is 5 min before detected.",
      "Resolved is 1 h 13 min before mitigated.",
    ]);
  });
});

describe("formatSpan", () => {
  it("reads like a person would say it", () => {
    expect(formatSpan(45_000)).toBe("45 s");
    expect(formatSpan(12 * 60_000)).toBe("12 min");
    expect(formatSpan(65 * 60_000)).toBe("1 h 5 min");
    expect(formatSpan(27 * 60 * 60_000)).toBe("1 d 3 h");
    expect(formatSpan(-2 * 60_000)).toBe("−2 min");
  });
});
