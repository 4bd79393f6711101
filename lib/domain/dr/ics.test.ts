import { describe, expect, it } from "vitest";
import { calendar, escapeText, foldLine } from "./ics";

describe("ICS text", () => {
  it("escapes backslashes, semicolons, commas and newlines", () => {
    expect(escapeText("a\\b; c, d\ne\r\nf")).toBe("a\\\\b\\; c\\, d\\ne\\nf");
  });

  it("folds lines longer than 75 octets without splitting characters", () => {
    const line = `SUMMARY:${"é".repeat(60)}`;
    const folded = foldLine(line);
    const pieces = folded.split("\r\n");
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(Buffer.byteLength(piece, "utf8")).toBeLessThanOrEqual(75);
    expect(pieces.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    // Unfolding (drop CRLF + one space) gives the line back.
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(foldLine("SUMMARY:short")).toBe("SUMMARY:short");
  });

  it("writes all-day events with a stable UID, a DTSTAMP and CRLF line ends", () => {
    const text = calendar(
      "DR tests",
      [{ uid: "t1-20270228@bridge", date: { year: 2027, month: 2, day: 28 }, summary: "DR test: Backup, restore" }],
      new Date("2026-11-30T09:05:07.123Z"),
    );
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(text).toContain("\r\nUID:t1-20270228@bridge\r\n");
    expect(text).toContain("\r\nDTSTAMP:20261130T090507Z\r\n");
    expect(text).toContain("\r\nDTSTART;VALUE=DATE:20270228\r\nDTEND;VALUE=DATE:20270301\r\n");
    expect(text).toContain("\r\nSUMMARY:DR test: Backup\\, restore\r\n");
  });
});
