// An iCalendar (RFC 5545) feed of upcoming DR tests: all-day events, escaped text, CRLF line
// ends and lines folded at 75 octets, so every calendar that subscribes reads it the same way.
import type { LocalDate } from "./schedule";

export type IcsEvent = {
  /** Stable across fetches, so a calendar updates the event instead of adding another. */
  uid: string;
  date: LocalDate;
  summary: string;
  description?: string;
  url?: string;
};

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Splits a content line into 75-octet pieces, continuation lines starting with one space (§3.1). */
export function foldLine(line: string): string {
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  if (bytes(line) <= 75) return line;
  const pieces: string[] = [];
  let current = "";
  // Whole code points only: a fold never splits a multi-byte character.
  for (const char of line) {
    const limit = pieces.length === 0 ? 75 : 74;
    if (bytes(current) + bytes(char) > limit) {
      pieces.push(current);
      current = "";
    }
    current += char;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const dateValue = (d: LocalDate) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;
const stampValue = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

function eventLines(event: IcsEvent, now: Date): string[] {
  const next = new Date(Date.UTC(event.date.year, event.date.month - 1, event.date.day + 1));
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${stampValue(now)}`,
    `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
    `DTEND;VALUE=DATE:${dateValue({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() })}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  return lines;
}

/** The whole calendar as text, every line CRLF-terminated and folded. */
export function calendar(name: string, events: IcsEvent[], now: Date): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Bridge//DR tests//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((e) => eventLines(e, now)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
