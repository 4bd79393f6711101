import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { afterFailure, refundAttempt, retryAfterSeconds, type ThrottleState } from "@/lib/domain/throttle";
import { db } from "../db";

export type ThrottleKey = { key: string; freeAttempts: number };

// Short transactions, but many sign-ins may queue for a connection at once.
export const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/**
 * Locks the throttle rows of `keys`, creating missing ones; sorted so two sign-ins never deadlock.
 * One upsert per key both creates and locks the row: an insert followed by a separate SELECT … FOR
 * UPDATE could find nothing when a successful sign-in deleted the row in between.
 */
async function lockRows(tx: Tx, keys: string[], now: Date): Promise<Map<string, ThrottleState>> {
  const sorted = [...keys].sort();
  const states = new Map<string, ThrottleState>();
  for (const key of sorted) {
    const [row] = await tx.$queryRaw<ThrottleState[]>`
      INSERT INTO "LoginThrottle" ("key", "failures", "lastFailureAt") VALUES (${key}, 0, ${now})
      ON CONFLICT ("key") DO UPDATE SET "key" = EXCLUDED."key"
      RETURNING "failures", "lastFailureAt", "blockedUntil"`;
    states.set(key, row);
  }
  return states;
}

/**
 * Counts a sign-in attempt against every key before its password is checked, under a row lock,
 * so parallel guesses cannot all read the same count. Returns the seconds to wait (nothing is
 * counted then), or 0 when the attempt may go ahead.
 */
export async function reserveAttempt(keys: ThrottleKey[], now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const states = await lockRows(
      tx,
      keys.map((k) => k.key),
      now,
    );
    const wait = Math.max(0, ...[...states.values()].map((s) => retryAfterSeconds(s, now)));
    if (wait > 0) return wait;
    for (const { key, freeAttempts } of keys) {
      const next = afterFailure(states.get(key)!, now, freeAttempts);
      await tx.loginThrottle.update({ where: { key }, data: next });
    }
    return 0;
  }, TX_OPTIONS);
}

/** After the right password: clears the account's count and gives the address its attempt back. */
export async function settleSuccess(tx: Tx, resetKey: string, refund: ThrottleKey, now: Date): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { key: resetKey } });
  const states = await lockRows(tx, [refund.key], now);
  await tx.loginThrottle.update({
    where: { key: refund.key },
    data: refundAttempt(states.get(refund.key)!, refund.freeAttempts),
  });
}
