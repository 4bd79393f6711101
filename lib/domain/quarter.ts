// Calendar quarters in the organisation's time zone, as keys ("2026-Q4") that sort in time order.
import { monthKey } from "./mttx";

/** "2026-Q4": the quarter `at` falls in, in `timeZone`. */
export function quarterKey(at: Date, timeZone: string): string {
  const [year, month] = monthKey(at, timeZone).split("-").map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The quarter `back` quarters before `key` (0 is `key` itself). */
export function quarterBefore(key: string, back: number): string {
  const [year, q] = key.split("-Q").map(Number);
  const index = year * 4 + (q - 1) - back;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The current quarter and the `count` before it, oldest first. */
export function recentQuarters(now: Date, timeZone: string, count: number): string[] {
  const current = quarterKey(now, timeZone);
  return Array.from({ length: count + 1 }, (_, i) => quarterBefore(current, count - i));
}

/** "Q4 2026" for "2026-Q4". */
export function quarterLabel(key: string): string {
  const [year, q] = key.split("-");
  return `${q} ${year}`;
}
