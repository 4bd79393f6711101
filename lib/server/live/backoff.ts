// Reconnect delays for the live hub: quick first retries, then at most every 10 s, with
// jitter so that many app instances losing one database do not all return at once.
const FIRST_MS = 250;
const MAX_MS = 10_000;

/** Delay before reconnect attempt number `attempt` (1 for the first retry). */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_MS * 2 ** Math.max(0, attempt - 1), MAX_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}
