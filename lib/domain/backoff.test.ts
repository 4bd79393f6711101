import { describe, expect, it } from "vitest";
import { nextAttemptAt } from "./backoff";

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
