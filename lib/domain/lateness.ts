// How late the durable deadlines fired: planned time versus the moment a worker took them.

/** A deadline fired later than this is flagged by the timer audit. */
export const LATE_THRESHOLD_MS = 60_000;

/** Milliseconds between when a deadline was planned and when it fired; negative if early. */
export function latenessMs(plannedAt: Date, firedAt: Date): number {
  return firedAt.getTime() - plannedAt.getTime();
}

export function isLate(lateness: number, thresholdMs = LATE_THRESHOLD_MS): boolean {
  return lateness > thresholdMs;
}

/** A pending deadline is overdue once `now` is past its planned time by more than the threshold. */
export function isOverdue(plannedAt: Date, now: Date, thresholdMs = LATE_THRESHOLD_MS): boolean {
  return now.getTime() - plannedAt.getTime() > thresholdMs;
}

/** Nearest-rank percentile (p in 0..100) of an ascending list; null for an empty list. */
export function percentile(sortedAsc: readonly number[], p: number): number | null {
  if (sortedAsc.length === 0) return null;
  if (p <= 0) return sortedAsc[0];
  const rank = Math.ceil((Math.min(p, 100) / 100) * sortedAsc.length);
  return sortedAsc[rank - 1];
}

export type LatenessSummary = {
  count: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
  lateCount: number;
};

/** Count, p50, p99 and max lateness, and how many were late past the threshold. */
export function summarizeLateness(values: readonly number[], thresholdMs = LATE_THRESHOLD_MS): LatenessSummary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : null,
    lateCount: sorted.filter((v) => isLate(v, thresholdMs)).length,
  };
}

/** "850 ms", "12.3 s", "4 min 05 s": short enough for a table cell. */
export function formatLateness(ms: number | null): string {
  if (ms === null) return "—";
  const sign = ms < 0 ? "−" : "";
  const abs = Math.abs(ms);
  if (abs < 1000) return `${sign}${Math.round(abs)} ms`;
  if (abs < 60_000) return `${sign}${(abs / 1000).toFixed(1)} s`;
  const minutes = Math.floor(abs / 60_000);
  const seconds = Math.floor((abs % 60_000) / 1000);
  if (minutes < 60) return `${sign}${minutes} min ${String(seconds).padStart(2, "0")} s`;
  return `${sign}${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}
