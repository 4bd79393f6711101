// How much of an SLO's error budget an incident spent: the bad events during the incident over
// the bad events the compliance window's traffic allows, also as minutes of the window's budget.
import { allowedBadRatio, attainment, errorBudget, type Counts } from "./budget";

export type IncidentBudget = {
  /** Events during the incident, and how many of them were bad. */
  during: Counts;
  bad: number;
  /** Percent of good events during the incident; null without events. */
  attainment: number | null;
  /** Share of the window's budget spent during the incident (above 1 when it alone overspent it); null when unknown. */
  consumedFraction: number | null;
  /** The same as minutes of the window's budget (43.2 min is all of 99.9 % over 30 days). */
  consumedMinutes: number | null;
  totalMinutes: number;
};

/**
 * `during` are the counts of [startedAt, resolvedAt ?? now]; `window` those of the compliance
 * window they are judged against. Null shares without traffic in the window (nothing to compare
 * with) and for a 100 % objective, whose budget is zero (any bad event would be "infinite").
 */
export function incidentBudget(
  targetPercent: number,
  windowMs: number,
  during: Counts,
  window: Counts,
): IncidentBudget {
  const bad = Math.max(0, during.total - during.good);
  const { totalMinutes } = errorBudget(targetPercent, windowMs, window);
  const allowedBad = allowedBadRatio(targetPercent) * window.total;
  const consumedFraction = allowedBad > 0 ? bad / allowedBad : null;
  return {
    during,
    bad,
    attainment: attainment(during),
    consumedFraction,
    consumedMinutes: consumedFraction === null ? null : consumedFraction * totalMinutes,
    totalMinutes,
  };
}
