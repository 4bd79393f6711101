// Time left to each affected component's recovery time objective.

export type RtoState = { deadline: Date; remainingMs: number; breached: boolean; restored: boolean };

export function rtoState(startedAt: Date, rtoMinutes: number, restoredAt: Date | null, now: Date): RtoState {
  const deadline = new Date(startedAt.getTime() + rtoMinutes * 60_000);
  const end = restoredAt ?? now;
  return {
    deadline,
    remainingMs: deadline.getTime() - end.getTime(),
    breached: end > deadline,
    restored: restoredAt !== null,
  };
}

export type RecoveryVsRto = {
  /** When the component counted as recovered: its own restoration, else the incident's resolution. */
  recoveredAt: Date;
  recoverMs: number;
  rtoMs: number;
  /** Recovered within the RTO; exactly at the deadline still meets it. */
  met: boolean;
};

/**
 * Time to recover one component of a resolved incident against its RTO: from the incident's start
 * to the component's restoration, or to the incident's resolution when nobody marked the
 * component restored (the incident ending is the latest it can have come back). Null while
 * neither has happened: an active incident is measured by `rtoState` instead.
 */
export function recoveryVsRto(
  startedAt: Date,
  rtoMinutes: number,
  restoredAt: Date | null,
  resolvedAt: Date | null,
): RecoveryVsRto | null {
  const recoveredAt = restoredAt ?? resolvedAt;
  if (!recoveredAt) return null;
  // A restoration stamped before the start (a corrected start time) recovered at once, not in negative time.
  const recoverMs = Math.max(0, recoveredAt.getTime() - startedAt.getTime());
  const rtoMs = rtoMinutes * 60_000;
  return { recoveredAt, recoverMs, rtoMs, met: recoverMs <= rtoMs };
}
