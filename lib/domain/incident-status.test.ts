import { describe, expect, it } from "vitest";
import { canMove, isOpen, moveError } from "./incident-status";

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
