// Human durations for objectives and elapsed times ("4 h", "15 min", "1 h 30 min").

export function formatMinutes(minutes: number): string {
  if (minutes === 0) return "0 min";
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (mins) parts.push(`${mins} min`);
  return parts.join(" ");
}

const UNIT_MINUTES: Record<string, number> = {
  minute: 1,
  minutes: 1,
  min: 1,
  hour: 60,
  hours: 60,
  h: 60,
  day: 1440,
  days: 1440,
};

/** Parses the plan's phrasing ("15 minutes", "< 1 hour", "4 hours") into minutes. */
export function parseMinutes(text: string): number {
  const match = /(\d+(?:\.\d+)?)\s*([a-z]+)/i.exec(text.trim());
  if (!match) throw new Error(`Not a duration: "${text}"`);
  const unit = UNIT_MINUTES[match[2].toLowerCase()];
  if (unit === undefined) throw new Error(`Unknown duration unit in "${text}"`);
  return Math.round(Number(match[1]) * unit);
}

// Round steps a person reads at a glance on a time axis, in minutes (1 min … 1 d).
const AXIS_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 480, 720, 1440];

/**
 * Axis ticks in minutes from 0 past `maxMinutes`, on a round step ("0, 30 min, 1 h, 1 h 30 min"),
 * at most `count` steps; beyond a day, whole days.
 */
export function durationTicks(maxMinutes: number, count = 4): number[] {
  const top = Math.max(maxMinutes, 1);
  const step = AXIS_STEPS.find((s) => s * count >= top) ?? Math.ceil(top / count / 1440) * 1440;
  const steps = Math.ceil(top / step);
  return Array.from({ length: steps + 1 }, (_, i) => i * step);
}
