import { describe, expect, it } from "vitest";
import {
  formatLateness,
  isLate,
  isOverdue,
  LATE_THRESHOLD_MS,
  latenessMs,
  percentile,
  summarizeLateness,
} from "./lateness";

const at = (iso: string) => new Date(`2026-05-01T${iso}Z`);

describe("latenessMs", () => {
  it("is fired minus planned, negative when a deadline fired early", () => {
    expect(latenessMs(at("10:00:00"), at("10:00:01.250"))).toBe(1250);
    expect(latenessMs(at("10:00:00"), at("09:59:59.900"))).toBe(-100);
  });
});

describe("isLate / isOverdue", () => {
  it("flags strictly more than 60 s", () => {
    expect(LATE_THRESHOLD_MS).toBe(60_000);
    expect(isLate(60_000)).toBe(false);
    expect(isLate(60_001)).toBe(true);
    expect(isLate(5_000, 1_000)).toBe(true);
  });

  it("calls a pending deadline overdue only past the threshold", () => {
    expect(isOverdue(at("10:00:00"), at("10:01:00"))).toBe(false);
    expect(isOverdue(at("10:00:00"), at("10:01:00.001"))).toBe(true);
    expect(isOverdue(at("10:05:00"), at("10:00:00"))).toBe(false);
  });
});

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3], 50)).toBe(2);
    expect(percentile([], 50)).toBeNull();
  });
});

describe("summarizeLateness", () => {
  it("gives count, p50, p99, max and how many were late, whatever the input order", () => {
    const values = [...Array.from({ length: 98 }, () => 100), 90_000, 200];
    expect(summarizeLateness(values.reverse())).toEqual({ count: 100, p50: 100, p99: 200, max: 90_000, lateCount: 1 });
  });

  it("is empty-safe", () => {
    expect(summarizeLateness([])).toEqual({ count: 0, p50: null, p99: null, max: null, lateCount: 0 });
  });

  it("does not reorder the caller's list", () => {
    const values = [3, 1, 2];
    summarizeLateness(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("formatLateness", () => {
  it("picks a readable unit", () => {
    expect(formatLateness(null)).toBe("—");
    expect(formatLateness(850)).toBe("850 ms");
    expect(formatLateness(-120)).toBe("−120 ms");
    expect(formatLateness(12_340)).toBe("12.3 s");
    expect(formatLateness(245_000)).toBe("4 min 05 s");
    expect(formatLateness(3 * 3_600_000 + 7 * 60_000)).toBe("3 h 07 min");
  });
});
