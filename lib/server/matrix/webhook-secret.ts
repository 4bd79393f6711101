import "server-only";
import { randomBytes } from "node:crypto";

/** A new HMAC signing secret for a webhook member: 256 random bits. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}
