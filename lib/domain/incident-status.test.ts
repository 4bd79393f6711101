import { describe, expect, it } from "vitest";
import {
  allowedMoves,
  canMove,
  isIncidentStatus,
  isOpen,
  moveError,
  STATUS,
  STATUS_LABEL,
  STATUS_PLAIN,
  STATUS_TONE,
  STATUSES,
} from "./incident-status";
import { TONES } from "./vocabulary";

describe("incident status", () => {
  it("moves forward, skipping states when needed", () => {
    expect(canMove("INVESTIGATING", "IDENTIFIED")).toBe(true);
    expect(canMove("INVESTIGATING", "RESOLVED")).toBe(true);
    expect(canMove("MONITORING", "RESOLVED")).toBe(true);
  });

  it("reopens a resolved incident only as INVESTIGATING", () => {
    expect(canMove("RESOLVED", "INVESTIGATING")).toBe(true);
    expect(canMove("RESOLVED", "MONITORING")).toBe(false);
    expect(moveError("RESOLVED", "MONITORING")).toMatch(/cannot go from RESOLVED to MONITORING/);
  });

  it("refuses a move to the same status with a clear message", () => {
    expect(moveError("IDENTIFIED", "IDENTIFIED")).toBe("The incident is already IDENTIFIED.");
  });

  it("counts every status but RESOLVED as open", () => {
    expect(isOpen("MONITORING")).toBe(true);
    expect(isOpen("RESOLVED")).toBe(false);
  });
});

describe("incident status vocabulary", () => {
  it("labels, explains and colours every status", () => {
    expect(Object.keys(STATUS)).toEqual([...STATUSES]);
    for (const s of STATUSES) {
      expect(STATUS_LABEL[s]).toMatch(/^[A-Z][a-z]+$/);
      expect(STATUS_PLAIN[s]).toMatch(/\.$/);
      expect(TONES).toContain(STATUS_TONE[s]);
    }
    expect(STATUS_TONE.RESOLVED).toBe("green");
  });

  it("allows a move from every status, and only to other known statuses", () => {
    for (const s of STATUSES) {
      expect(allowedMoves(s).length).toBeGreaterThan(0);
      expect(allowedMoves(s)).not.toContain(s);
      for (const to of allowedMoves(s)) expect(isIncidentStatus(to)).toBe(true);
    }
    expect(isIncidentStatus("OPEN")).toBe(false);
  });
});
