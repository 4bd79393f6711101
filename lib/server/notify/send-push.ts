import "server-only";
import type { Db } from "@/lib/db/create-client";
import { pushPayload } from "@/lib/domain/push";
import { ackUrl } from "../ack-token";
import { appUrl } from "../app-url";
import { incidentTopic, sendPush, SubscriptionGone } from "../channels/push";
import { vapidKeys } from "../push/vapid";

export type PushDelivery = {
  id: string;
  incidentId: string | null;
  pageId: string | null;
  pushSubscriptionId: string | null;
  subject: string;
  body: string;
};

/**
 * Ends a delivery without retrying: trying again cannot reach a browser that is gone. `answered`:
 * the push service answered (so it is up, whatever its breaker thought).
 */
export class DeliveryEnded extends Error {
  constructor(
    message: string,
    readonly answered = false,
  ) {
    super(message);
    this.name = "DeliveryEnded";
  }
}

/**
 * Sends one PUSH delivery to its subscription. A subscription its push service no longer knows
 * (404/410) is deleted and the delivery ended; other failures are thrown for the usual retry.
 * The ack link is signed at send time, so it is valid for a day from when the phone shows it.
 */
export async function sendPushDelivery(db: Db, d: PushDelivery, now: Date): Promise<void> {
  const subscription = d.pushSubscriptionId
    ? await db.pushSubscription.findUnique({ where: { id: d.pushSubscriptionId } })
    : null;
  if (!subscription) throw new DeliveryEnded("The push subscription was removed before sending");
  const incident = d.incidentId
    ? await db.incident.findUnique({ where: { id: d.incidentId }, select: { number: true } })
    : null;
  const number = incident?.number ?? null;
  const payload = pushPayload({
    subject: d.subject,
    body: d.body,
    url: appUrl(number === null ? "/" : `/incidents/${number}`),
    incidentNumber: number,
    ackUrl: d.pageId ? ackUrl(d.pageId, now) : null,
  });
  try {
    await sendPush(subscription, payload, incidentTopic(number), await vapidKeys(db));
  } catch (error) {
    if (error instanceof SubscriptionGone) {
      await db.pushSubscription.deleteMany({ where: { id: subscription.id } });
      throw new DeliveryEnded(`${error.message}; the subscription was removed`, true);
    }
    await db.pushSubscription.updateMany({ where: { id: subscription.id }, data: { lastFailureAt: now } });
    throw error;
  }
  await db.pushSubscription.updateMany({ where: { id: subscription.id }, data: { lastSuccessAt: now } });
}
