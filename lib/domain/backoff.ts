// Retry schedule for failed deliveries: exponential from 30 s, capped at 1 h between tries,
// given up (dead-lettered) once 24 h have passed since the first attempt.

export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 60 * 60_000;
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;

/** When to try again after `attempts` failures, or null when it is time to dead-letter. */
export function nextAttemptAt(attempts: number, firstAttemptAt: Date, now: Date): Date | null {
  const delay = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  const at = new Date(now.getTime() + delay);
  return at.getTime() - firstAttemptAt.getTime() > GIVE_UP_AFTER_MS ? null : at;
}
