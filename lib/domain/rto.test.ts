import { describe, expect, it } from "vitest";
import { recoveryVsRto, rtoState } from "./rto";

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

describe("time to recover vs RTO", () => {
  it("measures to the component's own restoration when it has one", () => {
    expect(recoveryVsRto(T0, 60, at(45), at(200))).toEqual({
      recoveredAt: at(45),
      recoverMs: 45 * 60_000,
      rtoMs: 60 * 60_000,
      met: true,
    });
  });

  it("falls back to the incident's resolution when the component was never marked restored", () => {
    expect(recoveryVsRto(T0, 120, null, at(150))).toEqual({
      recoveredAt: at(150),
      recoverMs: 150 * 60_000,
      rtoMs: 120 * 60_000,
      met: false,
    });
  });

  it("meets the objective exactly at the deadline and breaches it a second later", () => {
    expect(recoveryVsRto(T0, 240, at(240), null)?.met).toBe(true);
    expect(recoveryVsRto(T0, 240, new Date(at(240).getTime() + 1000), null)?.met).toBe(false);
  });

  it("is null while the component is neither restored nor the incident resolved", () => {
    expect(recoveryVsRto(T0, 60, null, null)).toBeNull();
  });

  it("never reports a negative time when a restoration predates a corrected start", () => {
    expect(recoveryVsRto(T0, 60, at(-5), null)).toMatchObject({ recoverMs: 0, met: true });
  });
});
