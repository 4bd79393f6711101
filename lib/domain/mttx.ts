// Mean time to acknowledge (MTTA) and to recover (MTTR), per severity and per calendar month.
// Built on the postmortem key times, so an author's corrected time counts wherever it was made.
import {
  deriveKeyTimes,
  effectiveKeyTimes,
  keyDurations,
  type KeyTimeIncident,
  type StoredKeyTime,
} from "./postmortem/key-times";
import { SEVERITIES, type Severity } from "./severity";
import { startOfMonth } from "./slo/window";

export type MttxIncident = KeyTimeIncident & {
  severity: Severity;
  /** The postmortem's key-time rows, if it has a postmortem; only corrected ones (with a reason) win. */
  keyTimes: readonly StoredKeyTime[];
};

export type MttxStat = {
  incidents: number;
  /** Mean of acknowledged − detected over the incidents that have both, in ms; null when none. */
  mttaMs: number | null;
  acknowledged: number;
  /** Mean of resolved − impact started over the resolved incidents, in ms; null when none. */
  mttrMs: number | null;
  resolved: number;
};

export type MttxMonth = { month: string; label: string; all: MttxStat; severities: Record<Severity, MttxStat> };

export type MttxSummary = {
  bySeverity: Record<Severity, MttxStat>;
  all: MttxStat;
  /** Every month from the range's first to its last, oldest first, empty months included. */
  months: MttxMonth[];
};

/** "2026-11": the month `at` falls in, in `timeZone`. */
export function monthKey(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}`;
}

/** "Nov 2026" for "2026-11". */
export function monthLabel(key: string): string {
  const [year, month] = key.split("-").map(Number);
  return new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", year: "numeric" }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  );
}

/** The month keys from `from`'s month to `to`'s, in `timeZone`, oldest first. */
export function monthsBetween(from: Date, to: Date, timeZone: string): string[] {
  const keys: string[] = [];
  const last = monthKey(to, timeZone);
  for (let start = startOfMonth(from, timeZone); ;) {
    const key = monthKey(start, timeZone);
    keys.push(key);
    if (key >= last) return keys;
    // Mid-month of the next month, whatever the zone's offset, then back to its first midnight.
    start = startOfMonth(new Date(start.getTime() + 40 * 86_400_000), timeZone);
  }
}

type Acc = { incidents: number; ttaSum: number; tta: number; ttrSum: number; ttr: number };
const emptyAcc = (): Acc => ({ incidents: 0, ttaSum: 0, tta: 0, ttrSum: 0, ttr: 0 });
const stat = (a: Acc): MttxStat => ({
  incidents: a.incidents,
  mttaMs: a.tta ? a.ttaSum / a.tta : null,
  acknowledged: a.tta,
  mttrMs: a.ttr ? a.ttrSum / a.ttr : null,
  resolved: a.ttr,
});
const bySeverity = <T>(make: (severity: Severity) => T) =>
  Object.fromEntries(SEVERITIES.map((s) => [s, make(s)])) as Record<Severity, T>;

/**
 * MTTA and MTTR of the incidents whose impact started in the months from `from` to `to`
 * (calendar months in `timeZone`), overall, per severity and per month. A duration is left out
 * when an end is missing (not yet acknowledged or resolved) or the times are in an impossible
 * order (the postmortem lists those for correction); the incident still counts.
 */
export function summarizeMttx(
  incidents: readonly MttxIncident[],
  range: { from: Date; to: Date; timeZone: string },
): MttxSummary {
  const keys = monthsBetween(range.from, range.to, range.timeZone);
  const months = new Map(keys.map((k) => [k, { all: emptyAcc(), severities: bySeverity(emptyAcc) }]));
  const totals = { all: emptyAcc(), severities: bySeverity(emptyAcc) };
  for (const incident of incidents) {
    const times = effectiveKeyTimes(deriveKeyTimes(incident, []), incident.keyTimes);
    const started = times.IMPACT_STARTED ?? incident.startedAt;
    const month = months.get(monthKey(started, range.timeZone));
    if (!month) continue;
    const durations = Object.fromEntries(keyDurations(times).map((d) => [d.key, d.ms]));
    for (const acc of [
      month.all,
      month.severities[incident.severity],
      totals.all,
      totals.severities[incident.severity],
    ]) {
      acc.incidents += 1;
      if (durations.TTA !== null && durations.TTA >= 0) {
        acc.ttaSum += durations.TTA;
        acc.tta += 1;
      }
      if (durations.TTR !== null && durations.TTR >= 0) {
        acc.ttrSum += durations.TTR;
        acc.ttr += 1;
      }
    }
  }
  return {
    all: stat(totals.all),
    bySeverity: bySeverity((s) => stat(totals.severities[s])),
    months: keys.map((key) => {
      const m = months.get(key)!;
      return {
        month: key,
        label: monthLabel(key),
        all: stat(m.all),
        severities: bySeverity((s) => stat(m.severities[s])),
      };
    }),
  };
}
