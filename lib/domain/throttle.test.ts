import { describe, expect, it } from "vitest";
import {
  afterFailure,
  FREE_ATTEMPTS_PER_IP,
  MAX_DELAY_SECONDS,
  refundAttempt,
  retryAfterSeconds,
  type ThrottleState,
} from "./throttle";

const T0 = new Date("2026-03-01T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** Fails `n` times, each attempt made as soon as the throttle allows; returns the state and clock. */
function failRepeatedly(n: number, start = 0): { state: ThrottleState | null; clock: number } {
  let state: ThrottleState | null = null;
  let clock = start;
  for (let i = 0; i < n; i++) {
    clock += retryAfterSeconds(state, at(clock));
    state = afterFailure(state, at(clock));
  }
  return { state, clock };
}

describe("login throttle", () => {
  it("lets nothing wait before the first failure", () => {
    expect(retryAfterSeconds(null, T0)).toBe(0);
  });

  it("allows five attempts without waiting, then makes the sixth wait", () => {
    const four = failRepeatedly(4);
    expect(four.clock).toBe(0);
    expect(retryAfterSeconds(four.state, at(0))).toBe(0);
    const five = failRepeatedly(5);
    expect(five.state?.failures).toBe(5);
    expect(retryAfterSeconds(five.state, at(0))).toBe(2);
  });

  it("doubles the wait with each further failure", () => {
    const waits: number[] = [];
    let { state, clock } = failRepeatedly(5);
    for (let i = 0; i < 5; i++) {
      const wait = retryAfterSeconds(state, at(clock));
      waits.push(wait);
      clock += wait;
      state = afterFailure(state, at(clock));
    }
    expect(waits).toEqual([2, 4, 8, 16, 32]);
  });

  it("caps the wait at fifteen minutes", () => {
    const { state, clock } = failRepeatedly(30);
    expect(retryAfterSeconds(state, at(clock))).toBe(MAX_DELAY_SECONDS);
    expect(MAX_DELAY_SECONDS).toBe(900);
  });

  it("counts down while blocked and lets the attempt through once the wait is over", () => {
    const { state } = failRepeatedly(6);
    const blocked = retryAfterSeconds(state, at(0));
    expect(blocked).toBeGreaterThan(0);
    expect(retryAfterSeconds(state, at(0.5))).toBe(Math.ceil(blocked - 0.5));
    expect(retryAfterSeconds(state, at(blocked))).toBe(0);
  });

  it("forgets failures older than fifteen minutes", () => {
    const { state, clock } = failRepeatedly(8);
    const later = afterFailure(state, at(clock + 15 * 60 + 1));
    expect(later.failures).toBe(1);
    expect(later.blockedUntil).toBeNull();
  });

  it("keeps counting failures that come within fifteen minutes of the last one", () => {
    const { state, clock } = failRepeatedly(4);
    const fifth = afterFailure(state, at(clock + 14 * 60));
    expect(fifth.failures).toBe(5);
    expect(retryAfterSeconds(fifth, at(clock + 14 * 60))).toBe(2);
  });

  it("can give a key more free attempts (a shared address)", () => {
    expect(FREE_ATTEMPTS_PER_IP).toBeGreaterThan(5);
    let state: ThrottleState | null = null;
    for (let i = 1; i < FREE_ATTEMPTS_PER_IP; i++) state = afterFailure(state, T0, FREE_ATTEMPTS_PER_IP);
    expect(retryAfterSeconds(state, T0)).toBe(0);
    state = afterFailure(state, T0, FREE_ATTEMPTS_PER_IP);
    expect(retryAfterSeconds(state, T0)).toBe(2);
  });
});

describe("refundAttempt", () => {
  it("takes back one counted attempt and lifts a block the attempt itself had caused", () => {
    const five = failRepeatedly(5).state!;
    expect(refundAttempt(five)).toEqual({ ...five, failures: 4, blockedUntil: null });
  });

  it("keeps a block earned by earlier failures and never goes below zero", () => {
    const seven = failRepeatedly(7).state!;
    expect(refundAttempt(seven)).toEqual({ ...seven, failures: 6 });
    expect(refundAttempt({ failures: 0, lastFailureAt: T0, blockedUntil: null }).failures).toBe(0);
  });

  it("measures against the limit it is given", () => {
    const five = failRepeatedly(5).state!;
    expect(refundAttempt(five, FREE_ATTEMPTS_PER_IP).blockedUntil).toBeNull();
    expect(refundAttempt(five, 3).blockedUntil).toEqual(five.blockedUntil);
  });
});
