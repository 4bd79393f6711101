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
