import { describe, expect, it } from "vitest";
import {
  isSeverity,
  SEVERITIES,
  SEVERITY,
  SEVERITY_LABEL,
  SEVERITY_PLAIN,
  SEVERITY_SCALE,
  SEVERITY_TONE,
  severityWords,
} from "./severity";
import { TONES } from "./vocabulary";

describe("severity vocabulary", () => {
  it("describes every severity completely", () => {
    expect(Object.keys(SEVERITY)).toEqual([...SEVERITIES]);
    for (const s of SEVERITIES) {
      const entry = SEVERITY[s];
      expect(entry.label.startsWith(s)).toBe(true);
      expect(entry.hint).not.toBe("");
      expect(entry.plain).not.toBe("");
      expect(TONES).toContain(entry.tone);
      expect(entry.updateMinutes).toBeGreaterThan(0);
    }
  });

  it("promises updates sooner the more severe the incident", () => {
    expect(SEVERITY.SEV1.updateMinutes).toBeLessThan(SEVERITY.SEV2.updateMinutes);
    expect(SEVERITY.SEV2.updateMinutes).toBeLessThan(SEVERITY.SEV3.updateMinutes);
  });

  it("derives the per-field maps from the one table", () => {
    expect(SEVERITY_LABEL).toEqual({ SEV1: "SEV1 · Critical", SEV2: "SEV2 · High", SEV3: "SEV3 · Medium" });
    expect(SEVERITY_TONE).toEqual({ SEV1: "red", SEV2: "amber", SEV3: "indigo" });
    expect(SEVERITY_PLAIN.SEV1).toBe("Critical — the service is down or data is at risk");
  });

  it("words a severity for templates and the API the same way", () => {
    expect(severityWords("SEV1")).toBe("SEV1 (critical)");
    expect(severityWords("SEV3")).toBe("SEV3 (medium)");
    expect(SEVERITY_SCALE).toBe("SEV1 critical, SEV2 high, SEV3 medium.");
  });

  it("recognises only known severities", () => {
    expect(isSeverity("SEV2")).toBe(true);
    expect(isSeverity("SEV4")).toBe(false);
    expect(isSeverity(1)).toBe(false);
  });
});
