// Times on the public page are written in UTC, which every reader can convert, with the exact
// instant in the <time> element's datetime attribute.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** "14:05 UTC". */
export function clockUtc(isoTime: string): string {
  const d = new Date(isoTime);
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())} UTC`;
}

/** "30 Nov 2026, 14:05 UTC". */
export function dateTimeUtc(isoTime: string): string {
  const d = new Date(isoTime);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${clockUtc(isoTime)}`;
}

/** "30 Nov 2026" for a YYYY-MM-DD day. */
export function dayUtc(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
