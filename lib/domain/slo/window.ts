// The compliance window of an SLO at `now`: the last `windowDays` days, or the calendar month so
// far in the organisation's time zone. Pure.
import type { SloWindow } from "./vocabulary";

export type WindowSpan = { from: Date; to: Date; ms: number };

export function complianceWindow(
  slo: { window: SloWindow; windowDays: number },
  now: Date,
  timeZone = "UTC",
): WindowSpan {
  if (slo.window === "ROLLING") {
    const ms = slo.windowDays * 86_400_000;
    return { from: new Date(now.getTime() - ms), to: now, ms };
  }
  const from = startOfMonth(now, timeZone);
  const next = startOfMonth(new Date(from.getTime() + 32 * 86_400_000), timeZone);
  // A calendar month's budget is the whole month's, however far into it `now` is.
  return { from, to: now, ms: next.getTime() - from.getTime() };
}

/** Midnight of the first day of `now`'s month in `timeZone`, as an instant. */
export function startOfMonth(now: Date, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric" })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const year = Number(parts.year);
  const month = Number(parts.month);
  // The zone's offset at that midnight, found by formatting the UTC guess back in the zone.
  const guess = Date.UTC(year, month - 1, 1);
  return new Date(guess - zoneOffsetMs(new Date(guess), timeZone));
}

function zoneOffsetMs(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}
