import "server-only";
import { createHmac } from "node:crypto";
import { env } from "../env";

export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Stable across retries of one delivery; unlike the delivery's own key it holds no URL. */
export function webhookIdempotencyKey(deliveryId: string): string {
  return `bridge-delivery-${deliveryId}`;
}

/**
 * POSTs JSON signed with HMAC-SHA256 over "<timestamp>.<body>". Any non-2xx answer or a timeout
 * (the member's own timeout, else WEBHOOK_TIMEOUT_MS) is a failure to retry; the Idempotency-Key,
 * the same on every retry, lets the receiver drop a repeat.
 */
export async function postWebhook(
  target: { url: string; secret: string | null; timeoutMs?: number | null },
  payload: unknown,
  idempotencyKey: string,
  now: Date,
): Promise<void> {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "Bridge-Webhook/1",
    "idempotency-key": idempotencyKey,
    "x-bridge-timestamp": timestamp,
  };
  if (target.secret) headers["x-bridge-signature"] = webhookSignature(target.secret, timestamp, body);
  const response = await fetch(target.url, {
    method: "POST",
    headers,
    body,
    signal: AbortSignal.timeout(target.timeoutMs ?? env.WEBHOOK_TIMEOUT_MS),
    redirect: "error",
  });
  if (!response.ok) throw new Error(`Webhook answered HTTP ${response.status}`);
}
