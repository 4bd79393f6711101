// RPO evaluation: is the newest verified backup of a data asset recent enough?

export type BackupState = "OK" | "BREACH" | "UNKNOWN";

// A real-time objective (RPO 0) still allows the plan's replication lag tolerance (< 1 minute).
export const REALTIME_LAG_TOLERANCE_MINUTES = 1;

export function backupState(
  lastVerifiedAt: Date | null,
  rpoMinutes: number,
  now: Date,
): { state: BackupState; ageMinutes: number | null } {
  if (!lastVerifiedAt) return { state: "UNKNOWN", ageMinutes: null };
  const ageMinutes = Math.max(0, (now.getTime() - lastVerifiedAt.getTime()) / 60_000);
  const allowed = Math.max(rpoMinutes, REALTIME_LAG_TOLERANCE_MINUTES);
  return { state: ageMinutes > allowed ? "BREACH" : "OK", ageMinutes };
}

/** The newest of several backup verifications; an asset is as safe as its freshest copy. */
export function newest(dates: (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((best, d) => (d && (!best || d > best) ? d : best), null);
}
