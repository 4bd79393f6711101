import { describe, expect, it } from "vitest";
import {
  newest,
  REALTIME_LAG_TOLERANCE_SECONDS,
  REPLICATION_REPORT_STALE_MINUTES,
  rpoHeadline,
  rpoNoticeStep,
  rpoState,
} from "./recovery";

const NOW = new Date("2026-03-01T12:00:00Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const backed = (rpoMinutes: number) => ({ rpoMinutes, replicationLagSeconds: null, replicationReportedAt: null });
const replicated = (lag: number | null, reportedMinutesAgo: number | null) => ({
  rpoMinutes: 0,
  replicationLagSeconds: lag,
  replicationReportedAt: reportedMinutesAgo === null ? null : ago(reportedMinutesAgo),
});

describe("rpoState for an asset judged by backups", () => {
  it("has no data when no backup was ever verified", () => {
    expect(rpoState(backed(15), null, NOW)).toEqual({
      state: "NO_DATA",
      basis: "BACKUP",
      ageMinutes: null,
      lagSeconds: null,
      reason: "No backup has been verified yet.",
    });
  });

  it("is met while the newest backup is within the RPO, the boundary included", () => {
    expect(rpoState(backed(15), ago(10), NOW)).toMatchObject({ state: "MET", ageMinutes: 10 });
    expect(rpoState(backed(15), ago(15), NOW)).toMatchObject({
      state: "MET",
      reason: "Newest verified backup is 15 min old; objective 15 min.",
    });
  });

  it("is breached once the newest backup is older than the RPO", () => {
    expect(rpoState(backed(15), ago(16), NOW)).toMatchObject({ state: "BREACHED", ageMinutes: 16 });
    expect(rpoState(backed(60), ago(61), NOW)).toMatchObject({
      state: "BREACHED",
      reason: "Newest verified backup is 1 h 1 min old; objective 1 h.",
    });
    expect(rpoState(backed(5), ago(5.5), NOW).state).toBe("BREACHED");
  });

  it("treats a verification stamped slightly in the future as fresh, not negative", () => {
    expect(rpoState(backed(5), new Date(NOW.getTime() + 30_000), NOW)).toMatchObject({ state: "MET", ageMinutes: 0 });
  });

  it("ignores a replication lag report on an asset with a backup objective", () => {
    const asset = { rpoMinutes: 15, replicationLagSeconds: 1, replicationReportedAt: ago(1) };
    expect(rpoState(asset, ago(20), NOW)).toMatchObject({ state: "BREACHED", basis: "BACKUP" });
  });
});

describe("rpoState for a continuously replicated asset (RPO 0)", () => {
  it("uses the plan's tolerances: lag under one minute, reports within 15 minutes", () => {
    expect(REALTIME_LAG_TOLERANCE_SECONDS).toBe(60);
    expect(REPLICATION_REPORT_STALE_MINUTES).toBe(15);
  });

  it("is met while the reported lag is under one minute, whatever the backups' age", () => {
    expect(rpoState(replicated(12, 2), ago(60 * 24), NOW)).toEqual({
      state: "MET",
      basis: "REPLICATION",
      ageMinutes: null,
      lagSeconds: 12,
      reason: "Replication lag 12 s; tolerance under 60 s.",
    });
    expect(rpoState(replicated(59.9, 0), null, NOW).state).toBe("MET");
  });

  it("is breached at a lag of one minute or more, even with a fresh backup", () => {
    expect(rpoState(replicated(60, 1), ago(0), NOW).state).toBe("BREACHED");
    expect(rpoState(replicated(75, 1), null, NOW)).toMatchObject({
      state: "BREACHED",
      lagSeconds: 75,
      reason: "Replication lag 75 s; tolerance under 60 s.",
    });
    expect(rpoState(replicated(3600, 1), null, NOW).reason).toBe("Replication lag 1 h; tolerance under 60 s.");
  });

  it("has no data when no lag was reported, whatever the backups say", () => {
    expect(rpoState(replicated(null, null), ago(1), NOW)).toMatchObject({
      state: "NO_DATA",
      basis: "REPLICATION",
      reason: "No replication lag has been reported.",
    });
  });

  it("has no data once the last report is older than 15 minutes, and says how old", () => {
    expect(rpoState(replicated(5, 15), null, NOW).state).toBe("MET");
    expect(rpoState(replicated(5, 16), null, NOW)).toMatchObject({
      state: "NO_DATA",
      lagSeconds: null,
      reason: "The last replication lag report is 16 min old (stale after 15 min).",
    });
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

describe("rpoHeadline", () => {
  it("says how old the newest verified copy is against the RPO, in a glanceable unit", () => {
    const asset = backed(60);
    expect(rpoHeadline(asset, rpoState(asset, ago(185), NOW))).toBe("last verified 3 h ago, RPO 1 h");
    expect(rpoHeadline(asset, rpoState(asset, ago(20), NOW))).toBe("last verified 20 min ago, RPO 1 h");
    expect(rpoHeadline(backed(15), rpoState(backed(15), null, NOW))).toBe("never verified, RPO 15 min");
  });

  it("speaks of replication lag for an RPO of 0", () => {
    const lagging = replicated(75, 1);
    expect(rpoHeadline(lagging, rpoState(lagging, null, NOW))).toBe("replication lag 75 s, RPO 0");
    const silent = replicated(null, null);
    expect(rpoHeadline(silent, rpoState(silent, ago(1), NOW))).toBe("no fresh replication lag report, RPO 0");
  });
});

describe("rpoNoticeStep", () => {
  it("announces a breach once, and forgets it only when the asset is within its RPO again", () => {
    expect(rpoNoticeStep("BREACHED", null)).toBe("ANNOUNCE");
    expect(rpoNoticeStep("BREACHED", NOW)).toBeNull();
    expect(rpoNoticeStep("MET", NOW)).toBe("CLEAR");
    expect(rpoNoticeStep("MET", null)).toBeNull();
  });

  it("neither announces nor clears on missing data", () => {
    expect(rpoNoticeStep("NO_DATA", null)).toBeNull();
    expect(rpoNoticeStep("NO_DATA", NOW)).toBeNull();
  });
});
