import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl } from "./app-url";
import { env } from "./env";

// Links in page e-mails acknowledge without signing in: signed with the app secret, valid for a
// day, and single-use because an incident can be acknowledged only once.
export const ACK_LINK_TTL_MS = 24 * 60 * 60_000;

function secret(): string {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is needed to sign acknowledgement links");
  return env.NEXTAUTH_SECRET;
}

function sign(body: string): string {
  return createHmac("sha256", secret()).update(`ack:${body}`).digest("base64url");
}

export function ackToken(pageId: string, now: Date): string {
  const body = `${pageId}.${now.getTime() + ACK_LINK_TTL_MS}`;
  return `${body}.${sign(body)}`;
}

/** The absolute one-click link of a page, or null without a signing secret (a worker started on its own). */
export function ackUrl(pageId: string, now: Date): string | null {
  return env.NEXTAUTH_SECRET ? appUrl(`/ack/${ackToken(pageId, now)}`) : null;
}

export type AckCheck = { ok: true; pageId: string } | { ok: false; reason: "invalid" | "expired" };

// Exactly id.expiry.signature: no trailing segments, no signs or exponents in the expiry.
const TOKEN_SHAPE = /^([A-Za-z0-9_-]{1,64})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

export function verifyAckToken(token: string, now: Date): AckCheck {
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return { ok: false, reason: "invalid" };
  const [, pageId, expires, signature] = match;
  const expected = Buffer.from(sign(`${pageId}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  if (Number(expires) < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, pageId };
}
