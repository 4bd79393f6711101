import "server-only";
import webpush from "web-push";
import { subscriptionGone } from "@/lib/domain/push";
import { env } from "../env";
import type { VapidKeys } from "../push/vapid";

export type PushTarget = { endpoint: string; p256dh: string; auth: string };

/** The push service no longer knows this subscription (404/410): it is removed, and the send is not retried. */
export class SubscriptionGone extends Error {
  constructor(readonly status: number) {
    super(`Push service answered HTTP ${status}: the subscription has expired or was revoked`);
    this.name = "SubscriptionGone";
  }
}

// A page is worth nothing an hour late, and must wake a phone that is saving power (RFC 8030 §5.2, §5.3).
const TTL_SECONDS = 60 * 60;

/**
 * Encrypts the payload for the browser (RFC 8291, aes128gcm) and POSTs it to its push service
 * signed with VAPID (RFC 8292). `topic` replaces a notification of the same topic still queued
 * for an offline device, so a phone coming back online gets the latest per incident.
 */
export async function sendPush(
  target: PushTarget,
  payload: unknown,
  topic: string | undefined,
  vapid: VapidKeys,
): Promise<void> {
  const request = webpush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    JSON.stringify(payload),
    {
      vapidDetails: vapid,
      TTL: TTL_SECONDS,
      urgency: "high",
      topic,
      contentEncoding: "aes128gcm",
    },
  );
  const response = await fetch(request.endpoint, {
    method: request.method,
    headers: request.headers as Record<string, string>,
    body: request.body ? new Uint8Array(request.body) : undefined,
    signal: AbortSignal.timeout(env.WEBHOOK_TIMEOUT_MS),
    redirect: "error",
  });
  await response.body?.cancel();
  if (subscriptionGone(response.status)) throw new SubscriptionGone(response.status);
  if (!response.ok) throw new Error(`Push service answered HTTP ${response.status}`);
}

/** Topics are at most 32 base64url characters (RFC 8030 §5.4). */
export function incidentTopic(incidentNumber: number | null): string | undefined {
  return incidentNumber === null ? undefined : `incident-${incidentNumber}`;
}
