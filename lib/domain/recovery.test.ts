import { describe, expect, it } from "vitest";
import { backupState, newest, REALTIME_LAG_TOLERANCE_MINUTES } from "./recovery";

const NOW = new Date("2026-03-01T12:00:00Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe("backupState", () => {
  it("is UNKNOWN when no backup was ever verified", () => {
    expect(backupState(null, 15, NOW)).toEqual({ state: "UNKNOWN", ageMinutes: null });
  });

  it("is OK while the newest backup is within the RPO, boundary included", () => {
    expect(backupState(ago(10), 15, NOW)).toEqual({ state: "OK", ageMinutes: 10 });
    expect(backupState(ago(15), 15, NOW).state).toBe("OK");
  });

  it("is BREACH once the newest backup is older than the RPO", () => {
    expect(backupState(ago(16), 15, NOW)).toEqual({ state: "BREACH", ageMinutes: 16 });
    expect(backupState(ago(61), 60, NOW).state).toBe("BREACH");
  });

  it("gives a real-time objective (RPO 0) the one-minute replication tolerance", () => {
    expect(REALTIME_LAG_TOLERANCE_MINUTES).toBe(1);
    expect(backupState(ago(0.5), 0, NOW).state).toBe("OK");
    expect(backupState(ago(1), 0, NOW).state).toBe("OK");
    expect(backupState(ago(1.05), 0, NOW).state).toBe("BREACH");
  });

  it("does not stretch objectives that are longer than the tolerance", () => {
    expect(backupState(ago(5.5), 5, NOW).state).toBe("BREACH");
  });

  it("treats a verification stamped slightly in the future as fresh, not negative", () => {
    expect(backupState(new Date(NOW.getTime() + 30_000), 0, NOW)).toEqual({ state: "OK", ageMinutes: 0 });
  });
});

describe("newest", () => {
  it("picks the freshest date and ignores missing ones", () => {
    expect(newest([ago(30), null, ago(5), ago(60)])).toEqual(ago(5));
  });

  it("is null when nothing was ever verified", () => {
    expect(newest([])).toBeNull();
    expect(newest([null, null])).toBeNull();
  });
});
