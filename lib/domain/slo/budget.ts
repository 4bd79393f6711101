// Attainment, error budget and burn rate of an SLO from counts of good and total events. Pure.

/** Events in some window: `good` of `total` met the objective (for latency: were faster than the threshold). */
export type Counts = { good: number; total: number };

export const NO_EVENTS: Counts = { good: 0, total: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return { good: a.good + b.good, total: a.total + b.total };
}

/** Percent of good events; null without events (no traffic is not 100 %). */
export function attainment({ good, total }: Counts): number | null {
  return total > 0 ? (good / total) * 100 : null;
}

/**
 * The share of events allowed to be bad: 0.001 for 99.9 %. Rounded to 12 decimals because
 * `1 - 99.9 / 100` is 0.0010000000000000009 in binary floating point, which would put a budget
 * spent exactly to its edge a hair short of 100 %.
 */
export function allowedBadRatio(targetPercent: number): number {
  return Math.max(0, Math.round((100 - targetPercent) * 1e10) / 1e12);
}

/**
 * How fast the budget burns: the bad ratio over the allowed bad ratio. 1 spends exactly the
 * budget over the SLO's window; 14.4 spends a 30-day budget in 50 hours. Null without events.
 * An objective of 100 % has no budget: any bad event is an infinite burn rate.
 */
export function burnRate(counts: Counts, targetPercent: number): number | null {
  if (counts.total <= 0) return null;
  const bad = (counts.total - counts.good) / counts.total;
  const allowed = allowedBadRatio(targetPercent);
  if (allowed === 0) return bad > 0 ? Infinity : 0;
  return bad / allowed;
}

export type Budget = {
  /** The window's budget as time: 43.2 min for 99.9 % over 30 days. */
  totalMinutes: number;
  /** Share of the budget spent (0…, above 1 when overspent); null without events. */
  consumedFraction: number | null;
  remainingFraction: number | null;
  consumedMinutes: number | null;
  remainingMinutes: number | null;
};

/**
 * The error budget over a window of `windowMs` with `counts` in it: the bad events over the bad
 * events the target allows for the window's traffic, also expressed as minutes of full outage.
 */
export function errorBudget(targetPercent: number, windowMs: number, counts: Counts): Budget {
  const totalMinutes = (windowMs / 60_000) * allowedBadRatio(targetPercent);
  const allowedBad = allowedBadRatio(targetPercent) * counts.total;
  const bad = counts.total - counts.good;
  if (counts.total <= 0) {
    return {
      totalMinutes,
      consumedFraction: null,
      remainingFraction: null,
      consumedMinutes: null,
      remainingMinutes: null,
    };
  }
  const consumedFraction = allowedBad === 0 ? (bad > 0 ? Infinity : 0) : bad / allowedBad;
  return {
    totalMinutes,
    consumedFraction,
    remainingFraction: 1 - consumedFraction,
    consumedMinutes: consumedFraction * totalMinutes,
    remainingMinutes: (1 - consumedFraction) * totalMinutes,
  };
}
