// Retry schedules. Each doubles from a first delay up to a cap; they differ only in those numbers
// and in when they give up, so the doubling lives here once.

/** The pause before try number `attempt` + 1 (1 after the first failure): first × 2^(attempt−1), at most `max`. */
export function exponentialDelay(attempt: number, firstMs: number, maxMs: number): number {
  return Math.min(firstMs * 2 ** Math.max(0, attempt - 1), maxMs);
}

// Failed deliveries: exponential from 30 s, capped at 1 h between tries, given up
// (dead-lettered) once 24 h have passed since the first attempt.
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 60 * 60_000;
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;

// Pages are urgent: from 5 s, at most 30 s between tries, so one is never held for long after its target answers.
export const URGENT_FIRST_DELAY_MS = 5_000;
export const URGENT_MAX_DELAY_MS = 30_000;

/** When to try again after `attempts` failures (`urgent`: a page), or null when it is time to dead-letter. */
export function nextAttemptAt(attempts: number, firstAttemptAt: Date, now: Date, urgent = false): Date | null {
  const delay = urgent
    ? exponentialDelay(attempts, URGENT_FIRST_DELAY_MS, URGENT_MAX_DELAY_MS)
    : exponentialDelay(attempts, FIRST_DELAY_MS, MAX_DELAY_MS);
  const at = new Date(now.getTime() + delay);
  return at.getTime() - firstAttemptAt.getTime() > GIVE_UP_AFTER_MS ? null : at;
}

/** A job whose handler throws (other than for a busy resource) is retried this many times, then FAILED. */
export const MAX_JOB_ATTEMPTS = 10;
const JOB_FIRST_DELAY_MS = 2_000;
const JOB_MAX_DELAY_MS = 5 * 60_000;

/** When a job that failed on its `attempts`-th run runs again: from 2 s, at most 5 min apart; null once out of attempts. */
export function jobRetryAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_JOB_ATTEMPTS) return null;
  return new Date(now.getTime() + exponentialDelay(attempts, JOB_FIRST_DELAY_MS, JOB_MAX_DELAY_MS));
}

// Reconnects of the live hub to the database: quick first retries, then at most every 10 s, with
// jitter so that many app instances losing one database do not all return at once.
const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 10_000;

/** Delay before reconnect attempt number `attempt` (1 for the first retry); `random` in [0, 1). */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  return Math.round(exponentialDelay(attempt, RECONNECT_FIRST_MS, RECONNECT_MAX_MS) * (0.8 + 0.4 * random()));
}
