// A person's secret calendar address: calendars subscribe without a session, so the token is the
// credential. It is signed with the app secret (like subscriber links) and names only the user.
import { createHmac, timingSafeEqual } from "node:crypto";

const sign = (secret: string, userId: string) =>
  createHmac("sha256", secret).update(`dr-calendar:${userId}`).digest("base64url");

export function calendarToken(secret: string, userId: string): string {
  return `${userId}.${sign(secret, userId)}`;
}

const SHAPE = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;

/** The user the token was made for, or null when it was not made here. */
export function verifyCalendarToken(secret: string, token: string): string | null {
  const match = SHAPE.exec(token);
  if (!match) return null;
  const expected = Buffer.from(sign(secret, match[1]));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null;
}
