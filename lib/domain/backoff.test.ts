import { describe, expect, it } from "vitest";
import { exponentialDelay, jobRetryAt, MAX_JOB_ATTEMPTS, nextAttemptAt, reconnectDelay } from "./backoff";

const T0 = new Date("2026-11-28T10:00:00Z");
const plus = (ms: number) => new Date(T0.getTime() + ms);

describe("delivery backoff", () => {
  it("doubles from 30 s", () => {
    expect(nextAttemptAt(1, T0, T0)).toEqual(plus(30_000));
    expect(nextAttemptAt(2, T0, T0)).toEqual(plus(60_000));
    expect(nextAttemptAt(4, T0, T0)).toEqual(plus(240_000));
  });

  it("waits at most an hour between tries", () => {
    expect(nextAttemptAt(20, T0, T0)).toEqual(plus(3_600_000));
  });

  it("gives up once the next try would fall past 24 hours", () => {
    const late = plus(23.5 * 3_600_000);
    expect(nextAttemptAt(30, T0, late)).toBeNull();
    expect(nextAttemptAt(30, T0, plus(22 * 3_600_000))).toEqual(plus(23 * 3_600_000));
  });
});

describe("urgent delivery backoff", () => {
  it("doubles from 5 s and waits at most 30 s between tries of a page", () => {
    expect(nextAttemptAt(1, T0, T0, true)).toEqual(plus(5_000));
    expect(nextAttemptAt(2, T0, T0, true)).toEqual(plus(10_000));
    expect(nextAttemptAt(20, T0, T0, true)).toEqual(plus(30_000));
  });
});

describe("job retries", () => {
  it("double from 2 s after the first failed run, at most 5 min apart", () => {
    expect(jobRetryAt(1, T0)).toEqual(plus(2_000));
    expect(jobRetryAt(2, T0)).toEqual(plus(4_000));
    expect(jobRetryAt(9, T0)).toEqual(plus(300_000));
  });

  it("stop once the attempts are used up", () => {
    expect(jobRetryAt(MAX_JOB_ATTEMPTS - 1, T0)).not.toBeNull();
    expect(jobRetryAt(MAX_JOB_ATTEMPTS, T0)).toBeNull();
  });
});

describe("live reconnects", () => {
  it("double from 250 ms up to 10 s, within ±20 % jitter", () => {
    expect(reconnectDelay(1, () => 0.5)).toBe(250);
    expect(reconnectDelay(3, () => 0.5)).toBe(1_000);
    expect(reconnectDelay(30, () => 0.5)).toBe(10_000);
    expect(reconnectDelay(1, () => 0)).toBe(200);
    expect(reconnectDelay(1, () => 0.999999)).toBe(300);
  });
});

describe("exponentialDelay", () => {
  it("treats attempt 0 like the first", () => {
    expect(exponentialDelay(0, 100, 1_000)).toBe(100);
    expect(exponentialDelay(5, 100, 1_000)).toBe(1_000);
  });
});
