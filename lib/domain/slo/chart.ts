// Chart rows of an SLO from its per-minute or per-hour buckets: attainment, error rate and p95 per
// bucket against the objective, the error-budget burn-down, and downsampling. Pure.
import { allowedBadRatio, attainment, errorBudget, type Counts } from "./budget";

/** One rollup bucket as read from SliMinute / SliHour (lib/server/slo/series.ts). */
export type Bucket = { t: Date; good: number; total: number; p95Max: number | null; p95Mean: number | null };

/** Charts plot at most about this many points: more would not fit a screen and slow the browser. */
export const MAX_CHART_POINTS = 300;

/**
 * Merges buckets into at most `maxPoints` time slots of `baseMs` multiples, aligned on the epoch
 * so the same range always cuts the same slots. Counts are summed (attainment stays exact), p95Max
 * is the largest, p95Mean the traffic-weighted mean of the merged buckets' means.
 */
export function downsample(
  buckets: Bucket[],
  span: { from: Date; to: Date },
  baseMs: number,
  maxPoints = MAX_CHART_POINTS,
): { buckets: Bucket[]; stepMs: number } {
  const spanMs = Math.max(baseMs, span.to.getTime() - span.from.getTime());
  const stepMs = Math.max(1, Math.ceil(spanMs / maxPoints / baseMs)) * baseMs;
  if (stepMs === baseMs) return { buckets, stepMs };
  const slots = new Map<number, { bucket: Bucket; meanWeight: number; meanSum: number }>();
  for (const b of buckets) {
    const key = Math.floor(b.t.getTime() / stepMs) * stepMs;
    const slot = slots.get(key);
    // A bucket without traffic still carries its p95; weigh it as one event so it is not lost.
    const weight = b.p95Mean === null ? 0 : Math.max(1, b.total);
    if (!slot) {
      slots.set(key, {
        bucket: { ...b, t: new Date(key) },
        meanWeight: weight,
        meanSum: b.p95Mean === null ? 0 : b.p95Mean * weight,
      });
      continue;
    }
    slot.bucket.good += b.good;
    slot.bucket.total += b.total;
    slot.bucket.p95Max = maxOf(slot.bucket.p95Max, b.p95Max);
    if (b.p95Mean !== null) {
      slot.meanWeight += weight;
      slot.meanSum += b.p95Mean * weight;
    }
  }
  const merged = [...slots.values()].map(({ bucket, meanWeight, meanSum }) => ({
    ...bucket,
    p95Mean: meanWeight > 0 ? meanSum / meanWeight : null,
  }));
  merged.sort((a, b) => a.t.getTime() - b.t.getTime());
  return { buckets: merged, stepMs };
}

function maxOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/** One plotted point: `t` in epoch ms (charts use a numeric time axis); percents as 0–100. */
export type ChartRow = {
  t: number;
  good: number;
  total: number;
  bad: number;
  /** Percent of good events in the bucket; null without events. */
  attainment: number | null;
  /** Percent of bad events in the bucket; null without events. */
  errorRate: number | null;
  p95Ms: number | null;
};

export function chartRows(buckets: Bucket[]): ChartRow[] {
  return buckets.map((b) => ({
    t: b.t.getTime(),
    good: b.good,
    total: b.total,
    bad: b.total - b.good,
    attainment: attainment(b),
    errorRate: b.total > 0 ? ((b.total - b.good) / b.total) * 100 : null,
    p95Ms: b.p95Mean,
  }));
}

/** The lines a chart compares against: attainment target, allowed error rate (both percent). */
export function objectiveLines(targetPercent: number): { target: number; allowedErrorPercent: number } {
  return { target: targetPercent, allowedErrorPercent: allowedBadRatio(targetPercent) * 100 };
}

/**
 * A lower bound for the attainment axis that keeps the target readable: one "budget width"
 * (100 − target) below the lower of the target and the worst bucket, never below 0.
 */
export function attainmentFloor(rows: ChartRow[], targetPercent: number): number {
  const worst = Math.min(targetPercent, ...rows.flatMap((r) => (r.attainment === null ? [] : [r.attainment])));
  const margin = Math.max(100 - targetPercent, 0.01);
  return Math.max(0, Math.floor((worst - margin) / margin) * margin);
}

export type BurnDownRow = {
  t: number;
  /** Percent of the window's budget left at the end of this bucket (negative when overspent). */
  remainingPercent: number;
  remainingMinutes: number;
};

/**
 * The error budget left over the compliance window, bucket by bucket from the window's start: the
 * budget is the bad events the target allows for the window's traffic (as errorBudget counts it
 * for the whole window), and each bucket's bad events are taken from it. The last row equals
 * errorBudget(target, windowMs, sum of the buckets). Empty without traffic, and for a 100 %
 * objective, which has no budget to burn down.
 */
export function burnDown(buckets: Bucket[], targetPercent: number, windowMs: number): BurnDownRow[] {
  const window: Counts = buckets.reduce((sum, b) => ({ good: sum.good + b.good, total: sum.total + b.total }), {
    good: 0,
    total: 0,
  });
  const allowedBad = allowedBadRatio(targetPercent) * window.total;
  if (allowedBad <= 0) return [];
  const { totalMinutes } = errorBudget(targetPercent, windowMs, window);
  let bad = 0;
  return buckets.map((b) => {
    bad += b.total - b.good;
    const remaining = 1 - bad / allowedBad;
    return { t: b.t.getTime(), remainingPercent: remaining * 100, remainingMinutes: remaining * totalMinutes };
  });
}
