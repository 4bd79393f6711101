import { describe, expect, it } from "vitest";
import { rtoState } from "./rto";

const T0 = new Date("2026-11-28T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe("RTO countdown", () => {
  it("counts down to started + RTO", () => {
    const s = rtoState(T0, 60, null, at(45));
    expect(s.deadline).toEqual(at(60));
    expect(s.remainingMs).toBe(15 * 60_000);
    expect(s.breached).toBe(false);
  });

  it("is breached once the deadline passes without restoration", () => {
    expect(rtoState(T0, 60, null, at(61)).breached).toBe(true);
  });

  it("freezes at restoration", () => {
    const s = rtoState(T0, 60, at(50), at(500));
    expect(s.breached).toBe(false);
    expect(s.restored).toBe(true);
    expect(s.remainingMs).toBe(10 * 60_000);
  });
});
