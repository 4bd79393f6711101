// Daily uptime bars for the status page: per UTC day the worst state a component was in, how many
// minutes it was impaired, and the share of the day it was not. Maintenance is planned work and
// does not count against uptime; it still shows as that day's state.
import { COMPONENT_STATE, worstState, type ComponentState } from "./component-state";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** One public incident's effect on one component, from its start until it was resolved (end null: still on). */
export type Outage = { incidentId: string; start: Date; end: Date | null; state: ComponentState };

export type UptimeDay = {
  /** The UTC day, YYYY-MM-DD. */
  date: string;
  state: ComponentState;
  impactMinutes: number;
  /** Of the part of the day that has passed; 100 for a day with no impairment. */
  uptimePercent: number;
  incidentIds: string[];
};

export type UptimeBars = { days: UptimeDay[]; uptimePercent: number };

function startOfUtcDay(at: Date): number {
  return Math.floor(at.getTime() / DAY_MS) * DAY_MS;
}

/** Total length of the union of intervals, in ms. */
function unionLength(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const [s, e] of sorted) {
    if (s > to) {
      if (to > from) total += to - from;
      [from, to] = [s, e];
    } else to = Math.max(to, e);
  }
  if (to > from) total += to - from;
  return total;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The last `days` UTC days up to and including today's, oldest first. */
export function uptimeBars(outages: Outage[], now: Date, days = 90): UptimeBars {
  const today = startOfUtcDay(now);
  const result: UptimeDay[] = [];
  let impairedMs = 0;
  let elapsedMs = 0;
  for (let i = days - 1; i >= 0; i--) {
    const dayStart = today - i * DAY_MS;
    const dayEnd = Math.min(dayStart + DAY_MS, now.getTime());
    const touching = outages
      .map((o) => ({
        o,
        s: Math.max(o.start.getTime(), dayStart),
        e: Math.min(o.end?.getTime() ?? now.getTime(), dayEnd),
      }))
      .filter(({ s, e }) => e > s);
    const impairing = touching.filter(({ o }) => o.state !== "OPERATIONAL" && o.state !== "UNDER_MAINTENANCE");
    const impactMs = unionLength(impairing.map(({ s, e }) => [s, e]));
    const span = dayEnd - dayStart;
    impairedMs += impactMs;
    elapsedMs += span;
    result.push({
      date: new Date(dayStart).toISOString().slice(0, 10),
      state: worstState(touching.map(({ o }) => o.state)),
      impactMinutes: Math.round(impactMs / MINUTE_MS),
      uptimePercent: span > 0 ? round2(100 * (1 - impactMs / span)) : 100,
      incidentIds: [...new Set(touching.map(({ o }) => o.incidentId))],
    });
  }
  return { days: result, uptimePercent: elapsedMs > 0 ? round2(100 * (1 - impairedMs / elapsedMs)) : 100 };
}

/** "No downtime" or "2 h 5 min of partial outage": a bar's words for people who cannot see its colour. */
export function describeDay(day: UptimeDay): string {
  if (day.incidentIds.length === 0) return `${day.date}: no incidents`;
  const h = Math.floor(day.impactMinutes / 60);
  const m = day.impactMinutes % 60;
  const length = day.impactMinutes === 0 ? "no downtime" : `${h ? `${h} h ` : ""}${m} min impaired`;
  return `${day.date}: ${COMPONENT_STATE[day.state].label.toLowerCase()}, ${length}, ${day.uptimePercent}% uptime`;
}
