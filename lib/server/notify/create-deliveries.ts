import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { enqueue } from "../jobs/enqueue";
import { uniqueRecipients, type Recipient } from "./recipients";

type Message = { subject: string; body: string };
type Origin = { incidentId: string; obligationId?: string; pageId?: string; keyPrefix: string };

/**
 * One delivery row per recipient and channel, keyed so that creating the same message twice
 * (a re-run deadline) makes no second row, and a deliver job for each new row.
 */
export async function createDeliveries(tx: Tx, origin: Origin, recipients: Recipient[], message: Message, now: Date): Promise<number> {
  const rows = uniqueRecipients(recipients).map((r) => ({
    incidentId: origin.incidentId,
    obligationId: origin.obligationId,
    pageId: origin.pageId,
    channel: r.channel,
    recipient: r.recipient,
    userId: r.userId,
    webhookMemberId: r.webhookMemberId,
    subject: message.subject,
    body: message.body,
    idempotencyKey: `${origin.keyPrefix}:${r.channel}:${r.recipient.toLowerCase()}`,
    nextAttemptAt: now,
  }));
  if (rows.length === 0) return 0;
  await tx.delivery.createMany({ data: rows, skipDuplicates: true });
  const created = await tx.delivery.findMany({ where: { idempotencyKey: { in: rows.map((r) => r.idempotencyKey) }, status: "PENDING" }, select: { id: true } });
  await enqueue(tx, created.map((d) => ({ kind: "deliver" as const, key: `deliver:${d.id}:0`, runAt: now, payload: { deliveryId: d.id } })));
  return created.length;
}
