// RPO evaluation: is the data asset's newest copy recent enough? The one rule every screen uses
// (overview objectives, disaster-recovery backups, /recovery).
import { formatSpan } from "./postmortem/key-times";
import { column, type Tone } from "./vocabulary";

export const RPO_STATES = ["MET", "BREACHED", "NO_DATA"] as const;
export type RpoState = (typeof RPO_STATES)[number];

export const RPO_STATE: Record<RpoState, { label: string; tone: Tone }> = {
  MET: { label: "Within RPO", tone: "green" },
  BREACHED: { label: "RPO breached", tone: "red" },
  NO_DATA: { label: "No data", tone: "gray" },
};
export const RPO_STATE_LABEL = column(RPO_STATE, "label");
export const RPO_STATE_TONE = column(RPO_STATE, "tone");

// The plan's tolerance for a real-time objective (RPO 0): replication lag under one minute.
export const REALTIME_LAG_TOLERANCE_SECONDS = 60;
// A lag report older than this says nothing about the lag now: the reporter may have stopped.
export const REPLICATION_REPORT_STALE_MINUTES = 15;

export type RpoAsset = {
  rpoMinutes: number;
  replicationLagSeconds: number | null;
  replicationReportedAt: Date | null;
};

export type RpoEvaluation = {
  state: RpoState;
  /** What the state is judged on: backup age, or (RPO 0) the reported replication lag. */
  basis: "BACKUP" | "REPLICATION";
  /** Age of the newest verified copy, for a backup-judged asset that has one. */
  ageMinutes: number | null;
  /** The reported lag, for a replication-judged asset with a fresh report. */
  lagSeconds: number | null;
  /** The reason in words, e.g. "Newest verified backup is 20 min old; objective 15 min." */
  reason: string;
};

// Lag near the tolerance in whole seconds ("75 s", not "1 min"); long lags as a span.
const seconds = (s: number) => (s < 600 ? `${Math.round(s)} s` : formatSpan(s * 1000));

/**
 * MET / BREACHED / NO_DATA for one data asset at `now`. An RPO above zero is judged by the age of
 * the newest verified backup (equal to the RPO still meets it). An RPO of 0 promises continuous
 * replication, so a backup's age says nothing about it: it is judged by the replication lag last
 * reported, which must be under one minute and reported within the last 15 minutes.
 */
export function rpoState(asset: RpoAsset, lastVerifiedAt: Date | null, now: Date): RpoEvaluation {
  if (asset.rpoMinutes === 0) {
    const base = { basis: "REPLICATION" as const, ageMinutes: null };
    const { replicationLagSeconds: lag, replicationReportedAt: reportedAt } = asset;
    if (lag === null || reportedAt === null)
      return { ...base, state: "NO_DATA", lagSeconds: null, reason: "No replication lag has been reported." };
    const reportAgeMs = Math.max(0, now.getTime() - reportedAt.getTime());
    if (reportAgeMs > REPLICATION_REPORT_STALE_MINUTES * 60_000)
      return {
        ...base,
        state: "NO_DATA",
        lagSeconds: null,
        reason: `The last replication lag report is ${formatSpan(reportAgeMs)} old (stale after ${REPLICATION_REPORT_STALE_MINUTES} min).`,
      };
    const met = lag < REALTIME_LAG_TOLERANCE_SECONDS;
    return {
      ...base,
      state: met ? "MET" : "BREACHED",
      lagSeconds: lag,
      reason: `Replication lag ${seconds(lag)}; tolerance under ${seconds(REALTIME_LAG_TOLERANCE_SECONDS)}.`,
    };
  }
  const base = { basis: "BACKUP" as const, lagSeconds: null };
  if (!lastVerifiedAt)
    return { ...base, state: "NO_DATA", ageMinutes: null, reason: "No backup has been verified yet." };
  // A verification stamped slightly ahead of this clock is fresh, not negative.
  const ageMinutes = Math.max(0, (now.getTime() - lastVerifiedAt.getTime()) / 60_000);
  return {
    ...base,
    state: ageMinutes > asset.rpoMinutes ? "BREACHED" : "MET",
    ageMinutes,
    reason: `Newest verified backup is ${formatSpan(ageMinutes * 60_000)} old; objective ${formatSpan(asset.rpoMinutes * 60_000)}.`,
  };
}

/** The newest of several backup verifications; an asset is as safe as its freshest copy. */
export function newest(dates: (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((best, d) => (d && (!best || d > best) ? d : best), null);
}

/** A span in its largest whole unit ("3 h", "2 d", "40 min"): a glance, not a measurement. */
export function roughSpan(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 1440) return `${Math.floor(minutes / 60)} h`;
  return `${Math.floor(minutes / 1440)} d`;
}

/**
 * One line for a data asset's state, as people read it at a glance:
 * "last verified 3 h ago, RPO 1 h"; for continuous replication "replication lag 75 s, RPO 0".
 */
export function rpoHeadline(asset: RpoAsset, evaluation: RpoEvaluation): string {
  if (evaluation.basis === "REPLICATION")
    return evaluation.lagSeconds === null
      ? "no fresh replication lag report, RPO 0"
      : `replication lag ${seconds(evaluation.lagSeconds)}, RPO 0`;
  const rpo = `RPO ${roughSpan(asset.rpoMinutes * 60_000)}`;
  if (evaluation.ageMinutes === null) return `never verified, ${rpo}`;
  return `last verified ${roughSpan(evaluation.ageMinutes * 60_000)} ago, ${rpo}`;
}

/**
 * What the RPO watch does about an asset: announce a breach not yet announced, forget an
 * announced one once the asset is within its RPO again (so the next breach is announced), or
 * nothing. Missing data neither announces nor clears: it is not a verdict either way.
 */
export function rpoNoticeStep(state: RpoState, notifiedAt: Date | null): "ANNOUNCE" | "CLEAR" | null {
  if (state === "BREACHED" && notifiedAt === null) return "ANNOUNCE";
  if (state === "MET" && notifiedAt !== null) return "CLEAR";
  return null;
}
