// Signed links for subscribers, who never sign in: the token is the credential. Confirmation
// links expire and carry the subscriber's current nonce (single use); manage and unsubscribe
// links do not expire, because an unsubscribe link must keep working in every old e-mail.
import { createHmac, timingSafeEqual } from "node:crypto";

export type LinkPurpose = "confirm" | "manage" | "unsubscribe";

function sign(secret: string, purpose: LinkPurpose, body: string): string {
  return createHmac("sha256", secret).update(`subscriber-${purpose}:${body}`).digest("base64url");
}

function matches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function confirmToken(secret: string, subscriberId: string, nonce: string, expiresAt: Date): string {
  const body = `${subscriberId}.${nonce}.${expiresAt.getTime()}`;
  return `${body}.${sign(secret, "confirm", body)}`;
}

export type ConfirmCheck =
  { ok: true; subscriberId: string; nonce: string } | { ok: false; reason: "invalid" | "expired" };

const CONFIRM_SHAPE = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{16,64})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

export function verifyConfirmToken(secret: string, token: string, now: Date): ConfirmCheck {
  const match = CONFIRM_SHAPE.exec(token);
  if (!match) return { ok: false, reason: "invalid" };
  const [, subscriberId, nonce, expires, signature] = match;
  if (!matches(sign(secret, "confirm", `${subscriberId}.${nonce}.${expires}`), signature))
    return { ok: false, reason: "invalid" };
  if (Number(expires) < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, subscriberId, nonce };
}

export function subscriberToken(secret: string, purpose: "manage" | "unsubscribe", subscriberId: string): string {
  return `${subscriberId}.${sign(secret, purpose, subscriberId)}`;
}

const LINK_SHAPE = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;

/** The subscriber id the link was made for, or null when it was not made here for this purpose. */
export function verifySubscriberToken(secret: string, purpose: "manage" | "unsubscribe", token: string): string | null {
  const match = LINK_SHAPE.exec(token);
  if (!match) return null;
  return matches(sign(secret, purpose, match[1]), match[2]) ? match[1] : null;
}
