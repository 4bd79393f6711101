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
