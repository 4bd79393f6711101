import { describe, expect, it } from "vitest";
import { errorBudget } from "./budget";
import { attainmentFloor, burnDown, chartRows, downsample, objectiveLines, type Bucket } from "./chart";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 1); // midnight, a multiple of every step below

function bucket(
  offsetMs: number,
  good: number,
  total: number,
  p95Mean: number | null = null,
  p95Max = p95Mean,
): Bucket {
  return { t: new Date(T0 + offsetMs), good, total, p95Mean, p95Max };
}

describe("downsample", () => {
  it("keeps buckets as they are when they already fit", () => {
    const buckets = Array.from({ length: 60 }, (_, i) => bucket(i * MINUTE, 10, 10));
    const out = downsample(buckets, { from: new Date(T0), to: new Date(T0 + HOUR) }, MINUTE);
    expect(out.stepMs).toBe(MINUTE);
    expect(out.buckets).toBe(buckets);
  });

  it("merges 24 h of minutes into 5-minute slots, summing counts so attainment stays exact", () => {
    // 1440 minutes over 300 points → 4.8 → 5-minute slots, 288 of them.
    const buckets = Array.from({ length: 1440 }, (_, i) => bucket(i * MINUTE, i === 7 ? 90 : 100, 100));
    const out = downsample(buckets, { from: new Date(T0), to: new Date(T0 + DAY) }, MINUTE);
    expect(out.stepMs).toBe(5 * MINUTE);
    expect(out.buckets).toHaveLength(288);
    expect(out.buckets[1]).toMatchObject({ t: new Date(T0 + 5 * MINUTE), good: 490, total: 500 });
    expect(chartRows(out.buckets)[1].attainment).toBeCloseTo(98, 10);
    const sum = out.buckets.reduce((s, b) => s + b.total, 0);
    expect(sum).toBe(144_000);
  });

  it("never yields more than the point limit, for every chart range", () => {
    for (const [spanMs, base] of [
      [6 * HOUR, MINUTE],
      [DAY, MINUTE],
      [7 * DAY, HOUR],
      [30 * DAY, HOUR],
      [90 * DAY, HOUR],
    ]) {
      const buckets = Array.from({ length: spanMs / base }, (_, i) => bucket(i * base, 1, 1));
      const out = downsample(buckets, { from: new Date(T0), to: new Date(T0 + spanMs) }, base);
      expect(out.buckets.length).toBeLessThanOrEqual(300);
      expect(out.buckets.reduce((s, b) => s + b.total, 0)).toBe(buckets.length);
    }
  });

  it("takes the largest p95 and the traffic-weighted mean of the means", () => {
    const buckets = [bucket(0, 10, 10, 1000, 1500), bucket(MINUTE, 30, 30, 3000, 4000), bucket(2 * MINUTE, 0, 0)];
    const out = downsample(buckets, { from: new Date(T0), to: new Date(T0 + 10 * MINUTE) }, MINUTE, 2);
    expect(out.stepMs).toBe(5 * MINUTE);
    expect(out.buckets).toEqual([
      { t: new Date(T0), good: 40, total: 40, p95Max: 4000, p95Mean: (10 * 1000 + 30 * 3000) / 40 },
    ]);
  });
});

describe("chartRows", () => {
  it("gives attainment and error rate in percent, null without events", () => {
    const rows = chartRows([bucket(0, 999, 1000, 2500), bucket(MINUTE, 0, 0)]);
    expect(rows[0]).toEqual({
      t: T0,
      good: 999,
      total: 1000,
      bad: 1,
      attainment: 99.9,
      errorRate: 0.1,
      p95Ms: 2500,
    });
    expect(rows[1]).toMatchObject({ attainment: null, errorRate: null, p95Ms: null });
  });

  it("draws 99.9 % as an allowed error rate of 0.1 %", () => {
    expect(objectiveLines(99.9).allowedErrorPercent).toBeCloseTo(0.1, 12);
    expect(objectiveLines(95).target).toBe(95);
    expect(objectiveLines(95).allowedErrorPercent).toBeCloseTo(5, 12);
  });
});

describe("attainmentFloor", () => {
  it("shows one budget width below the target when every bucket meets it", () => {
    expect(attainmentFloor(chartRows([bucket(0, 10, 10)]), 99.9)).toBeCloseTo(99.8, 10);
  });
  it("goes below the worst bucket", () => {
    expect(attainmentFloor(chartRows([bucket(0, 50, 100)]), 95)).toBe(45);
    expect(attainmentFloor(chartRows([bucket(0, 0, 100)]), 95)).toBe(0);
  });
});

describe("burnDown", () => {
  it("takes each bucket's bad events from the window's budget and ends where errorBudget does", () => {
    // 30 days, 99.9 %: 43.2 min. 1,000,000 events allow 1,000 bad ones.
    const buckets = [bucket(0, 400_000, 400_000), bucket(HOUR, 299_750, 300_000), bucket(2 * HOUR, 299_500, 300_000)];
    const rows = burnDown(buckets, 99.9, 30 * DAY);
    const [first, second, third] = rows.map((r) => r.remainingPercent);
    expect(first).toBe(100);
    expect(second).toBeCloseTo(75, 8);
    expect(third).toBeCloseTo(25, 8);
    expect(rows[1].remainingMinutes).toBeCloseTo(32.4, 10);
    const whole = errorBudget(99.9, 30 * DAY, { good: 999_250, total: 1_000_000 });
    expect(rows[2].remainingMinutes).toBeCloseTo(whole.remainingMinutes!, 10);
  });

  it("reaches exactly 0 at the edge of the budget and goes negative past it", () => {
    const edge = burnDown([bucket(0, 999, 1000)], 99.9, 30 * DAY);
    expect(edge[0].remainingPercent).toBeCloseTo(0, 10);
    const over = burnDown([bucket(0, 998, 1000)], 99.9, 30 * DAY);
    expect(over[0].remainingPercent).toBeCloseTo(-100, 10);
    expect(over[0].remainingMinutes).toBeCloseTo(-43.2, 10);
  });

  it("is empty without traffic and for a 100 % objective", () => {
    expect(burnDown([bucket(0, 0, 0)], 99.9, 30 * DAY)).toEqual([]);
    expect(burnDown([bucket(0, 10, 10)], 100, 30 * DAY)).toEqual([]);
  });
});
