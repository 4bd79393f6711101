// How chart values read, shared by the charts (client) and their table views (server), so the
// axis, the tooltip and the table say the same thing.

export type ValueFormat = "percent" | "ms" | "minutes" | "factor";

export function formatValue(value: number | null | undefined, format: ValueFormat): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  switch (format) {
    case "percent":
      return `${trimmed(value, Math.abs(value) >= 99 && Math.abs(value) < 100 ? 3 : 2)} %`;
    case "ms":
      return value >= 1000 ? `${trimmed(value / 1000, 2)} s` : `${Math.round(value)} ms`;
    case "minutes":
      return `${trimmed(value, 1)} min`;
    case "factor":
      // One decimal below 100×, so the workbook's 14.4× reads as itself.
      return `${trimmed(value, value >= 100 ? 0 : 1)}×`;
  }
}

function trimmed(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toString();
}

/** A time on an axis of `spanMs`: clock time for a day or less, day and month beyond. */
export function formatTick(t: number, spanMs: number, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions =
    spanMs <= 86_400_000
      ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }
      : { day: "numeric", month: "short", timeZone };
  return new Intl.DateTimeFormat("en-GB", options).format(t);
}

/** A time in a table view: unambiguous whatever the reader's zone. */
export function formatTableTime(t: number): string {
  return `${new Date(t).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
