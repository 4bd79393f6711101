// When a DR test is next due: calendar arithmetic on the organisation's local dates, so a month
// is a month (Jan 31 → Feb 28/29) and a DST change never moves the due day.

export const CADENCES = ["MONTHLY", "QUARTERLY", "ANNUALLY", "ON_DEMAND"] as const;
export type Cadence = (typeof CADENCES)[number];

const CADENCE_MONTHS: Record<Cadence, number | null> = { MONTHLY: 1, QUARTERLY: 3, ANNUALLY: 12, ON_DEMAND: null };

/** A calendar day in the organisation's time zone. */
export type LocalDate = { year: number; month: number; day: number };

export type Due = { date: LocalDate; overdue: boolean; neverRun: boolean };

/** The calendar day `at` falls on in `timeZone`. */
export function localDate(at: Date, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `date` plus whole months; a day the target month lacks becomes its last day. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
/** "2026-02-28". */
export const isoDate = (d: LocalDate) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/**
 * The next due day of a scheduled test: one cadence after the local day of its last run. A test
 * that never ran is due today; an on-demand test is never due (null). Overdue once the due day has passed.
 */
export function nextDue(cadence: string, lastRunAt: Date | null, now: Date, timeZone: string): Due | null {
  const months = CADENCE_MONTHS[cadence as Cadence];
  if (!months) return null;
  const today = localDate(now, timeZone);
  if (!lastRunAt) return { date: today, overdue: true, neverRun: true };
  const date = addMonths(localDate(lastRunAt, timeZone), months);
  return { date, overdue: compareDates(today, date) > 0, neverRun: false };
}
