import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { deliveryTarget } from "@/lib/domain/breaker";
import { deliverJob, deliveryClass, type DeliveryClass } from "@/lib/domain/jobs";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "../jobs/enqueue";
import { newId } from "../jobs/new-id";
import { recipientKey, uniqueRecipients, type Recipient } from "./recipients";

export type Message = { subject: string; body: string };
/** incidentId is null for a message about no incident (an RPO breach notice, an action item from a DR test run). */
export type Origin = { incidentId: string | null; obligationId?: string; pageId?: string; keyPrefix: string };

/**
 * The INSERT of one delivery row per recipient and channel, keyed `<prefix>:<channel>:<recipient>`
 * (a push subscription's id for PUSH)
 * so that the same message is never made twice. An in-app message is delivered by being
 * written, so it is SENT at once; the others wait for a deliver job. `onlyIf` is a condition
 * (e.g. "the page was inserted") for use inside a larger statement. RETURNING id, channel.
 */
export function insertDeliveriesSql(
  origin: Origin,
  recipients: Recipient[],
  message: Message,
  now: Date,
  onlyIf: Prisma.Sql = Prisma.sql`TRUE`,
): Prisma.Sql {
  const rows = uniqueRecipients(recipients);
  return Prisma.sql`
    INSERT INTO "Delivery" (id, "incidentId", "obligationId", "pageId", channel, recipient, target, "userId", "webhookMemberId", "pushSubscriptionId", subject, body, "idempotencyKey",
      status, attempts, "nextAttemptAt", "firstAttemptAt", "sentAt")
    SELECT r.id, ${origin.incidentId}::text, ${origin.obligationId ?? null}::text, ${origin.pageId ?? null}::text, r.channel::"Channel", r.recipient, r.target, r.user_id, r.member_id, r.push_id,
      ${message.subject}::text, ${message.body}::text, r.key,
      (CASE WHEN r.channel = 'IN_APP' THEN 'SENT' ELSE 'PENDING' END)::"DeliveryStatus", CASE WHEN r.channel = 'IN_APP' THEN 1 ELSE 0 END,
      ${now}::timestamp(3), CASE WHEN r.channel = 'IN_APP' THEN ${now}::timestamp(3) END, CASE WHEN r.channel = 'IN_APP' THEN ${now}::timestamp(3) END
    FROM unnest(${rows.map(() => newId())}::text[], ${rows.map((r) => r.channel)}::text[], ${rows.map((r) => r.recipient)}::text[],
      ${rows.map((r) => deliveryTarget(r.channel, r.pushEndpoint ?? r.recipient))}::text[],
      ${rows.map((r) => r.userId ?? null)}::text[], ${rows.map((r) => r.webhookMemberId ?? null)}::text[],
      ${rows.map((r) => r.pushSubscriptionId ?? null)}::text[],
      ${rows.map((r) => `${origin.keyPrefix}:${r.channel}:${recipientKey(r)}`)}::text[]) AS r(id, channel, recipient, target, user_id, member_id, push_id, key)
    WHERE ${onlyIf}
    ON CONFLICT ("idempotencyKey") DO NOTHING
    RETURNING id, channel::text AS channel`;
}

/** The deliver job of a new e-mail or webhook delivery: due at once, keyed by the delivery and attempt 0. */
export function firstSendJob(deliveryId: string, cls: DeliveryClass, now: Date) {
  return deliverJob(deliveryId, cls, now, 0);
}

/**
 * One delivery row per recipient and channel, keyed so that creating the same message twice
 * (a re-run deadline) makes no second row, and a deliver job for each new e-mail or webhook.
 * Returns how many rows were new.
 */
export async function createDeliveries(
  tx: Tx,
  origin: Origin,
  recipients: Recipient[],
  message: Message,
  now: Date,
): Promise<number> {
  if (recipients.length === 0) return 0;
  const created = await tx.$queryRaw<{ id: string; channel: string }[]>(
    insertDeliveriesSql(origin, recipients, message, now),
  );
  await enqueue(
    tx,
    created
      .filter((d) => d.channel !== "IN_APP")
      .map((d) => firstSendJob(d.id, deliveryClass({ pageId: origin.pageId, channel: d.channel }), now)),
  );
  return created.length;
}
