// When a runbook was last exercised, and whether that is too long ago to trust it.
import { STALE_AFTER_DAYS } from "./vocabulary";

const DAY_MS = 86_400_000;

export type Exercise = { lastRunAt: Date | null; stale: boolean; daysSince: number | null };

/**
 * A runbook is stale when its newest run started more than STALE_AFTER_DAYS before `now`, or
 * when it was never run at all: untested steps are the ones most likely to be wrong.
 */
export function exercise(lastRunAt: Date | null, now: Date): Exercise {
  if (!lastRunAt) return { lastRunAt: null, stale: true, daysSince: null };
  const daysSince = Math.floor((now.getTime() - lastRunAt.getTime()) / DAY_MS);
  return { lastRunAt, stale: now.getTime() - lastRunAt.getTime() > STALE_AFTER_DAYS * DAY_MS, daysSince };
}

/** "Last exercised 12 days ago" / "Never exercised", for lists and the runbook's page. */
export function exerciseText(e: Exercise): string {
  if (e.daysSince === null) return "Never exercised";
  if (e.daysSince <= 0) return "Last exercised today";
  return `Last exercised ${e.daysSince} day${e.daysSince === 1 ? "" : "s"} ago`;
}
