// Slows password guessing: after a few failures per key (account or IP), each further
// attempt must wait longer, doubling up to a cap. Time is a parameter.

export type ThrottleState = { failures: number; lastFailureAt: Date; blockedUntil: Date | null };

export const FREE_ATTEMPTS = 5;
/** Many people may share one address (an office behind NAT), so an IP gets more room. */
export const FREE_ATTEMPTS_PER_IP = 20;
export const BASE_DELAY_SECONDS = 2;
export const MAX_DELAY_SECONDS = 15 * 60;
/** Failures older than this are forgotten. */
export const RESET_AFTER_SECONDS = 15 * 60;

export function retryAfterSeconds(state: ThrottleState | null, now: Date): number {
  if (!state?.blockedUntil) return 0;
  const ms = state.blockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

export function afterFailure(state: ThrottleState | null, now: Date, freeAttempts = FREE_ATTEMPTS): ThrottleState {
  const stale = !state || now.getTime() - state.lastFailureAt.getTime() > RESET_AFTER_SECONDS * 1000;
  const failures = (stale ? 0 : state.failures) + 1;
  const over = failures - freeAttempts;
  const delay = over >= 0 ? Math.min(BASE_DELAY_SECONDS * 2 ** over, MAX_DELAY_SECONDS) : 0;
  return {
    failures,
    lastFailureAt: now,
    blockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null,
  };
}

/**
 * Gives back an attempt that was counted before the password was checked and then succeeded,
 * so a right password never brings a shared address closer to its limit.
 */
export function refundAttempt(state: ThrottleState, freeAttempts = FREE_ATTEMPTS): ThrottleState {
  const failures = Math.max(0, state.failures - 1);
  return { ...state, failures, blockedUntil: failures < freeAttempts ? null : state.blockedUntil };
}
