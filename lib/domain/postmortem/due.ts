// When a postmortem is due: a number of working days (Monday to Friday, UTC) after the resolution.

/** Working days given to write a postmortem when BRIDGE_POSTMORTEM_DUE_WORKING_DAYS is not set. */
export const DEFAULT_POSTMORTEM_WORKING_DAYS = 5;

/** Severities whose resolved incidents are expected to have a postmortem (reminded on the overview and incident page). */
export const POSTMORTEM_EXPECTED_FOR = ["SEV1", "SEV2"] as const;

const DAY_MS = 86_400_000;

/**
 * `resolvedAt` plus `workingDays` weekdays, at the same time of day. A resolution on a weekend
 * counts from the Monday after it: resolved on a Saturday with 5 days, it is due on the next Friday.
 */
export function postmortemDueAt(resolvedAt: Date, workingDays = DEFAULT_POSTMORTEM_WORKING_DAYS): Date {
  let at = resolvedAt.getTime();
  let left = Math.max(0, Math.floor(workingDays));
  while (left > 0) {
    at += DAY_MS;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(at);
}
