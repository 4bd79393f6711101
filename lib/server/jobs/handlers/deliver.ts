import "server-only";
import { z } from "zod";
import { nextAttemptAt } from "@/lib/domain/backoff";
import { sendEmail } from "../../channels/email";
import { postWebhook } from "../../channels/webhook";
import type { Ctx } from "../../context";
import { db } from "../../db";
import { emit } from "../../events";
import { recordEvent } from "../../incidents/record-event";
import { enqueue } from "../enqueue";

const payloadSchema = z.object({ deliveryId: z.string() });
const SEND_LOCK_MS = 45_000;

export class DeliveryBusy extends Error {}

/**
 * Sends one delivery. The row is claimed first (status and lock in one UPDATE), so a delivery is
 * handed to SMTP or the webhook once even if two jobs for it run together.
 */
export async function handleDeliver(ctx: Ctx, payload: unknown): Promise<void> {
  const { deliveryId } = payloadSchema.parse(payload);
  const claimed = await db.delivery.updateMany({
    where: { id: deliveryId, status: { in: ["PENDING", "FAILED"] }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: ctx.now } }] },
    data: { lockedUntil: new Date(ctx.now.getTime() + SEND_LOCK_MS) },
  });
  if (claimed.count === 0) {
    const row = await db.delivery.findUnique({ where: { id: deliveryId }, select: { status: true } });
    if (row && (row.status === "PENDING" || row.status === "FAILED")) throw new DeliveryBusy(`Delivery ${deliveryId} is being sent by another worker`);
    return;
  }
  const delivery = await db.delivery.findUniqueOrThrow({ where: { id: deliveryId }, include: { incident: true } });
  try {
    await send(delivery, ctx.now);
    await db.delivery.update({ where: { id: deliveryId }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, firstAttemptAt: delivery.firstAttemptAt ?? ctx.now, lockedUntil: null, lastError: null } });
    if (delivery.incidentId) await db.$transaction((tx) => emit(tx, { type: "incident.changed", id: delivery.incidentId! }));
  } catch (error) {
    await recordFailure(ctx, delivery, error);
  }
}

type Row = Awaited<ReturnType<typeof db.delivery.findUniqueOrThrow>> & { incident: { number: number; title: string; severity: string; status: string } | null };

async function send(d: Row, now: Date): Promise<void> {
  if (d.channel === "IN_APP") return;
  if (d.channel === "EMAIL") return sendEmail({ to: d.recipient, subject: d.subject, text: d.body, idempotencyKey: d.idempotencyKey });
  const member = d.webhookMemberId ? await db.stakeholderMember.findUnique({ where: { id: d.webhookMemberId }, select: { webhookSecret: true } }) : null;
  const incident = d.incident ? { number: d.incident.number, title: d.incident.title, severity: d.incident.severity, status: d.incident.status } : null;
  await postWebhook({ url: d.recipient, secret: member?.webhookSecret ?? null }, { id: d.id, subject: d.subject, body: d.body, incident }, d.idempotencyKey, now);
}

async function recordFailure(ctx: Ctx, d: Row, error: unknown): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const attempts = d.attempts + 1;
  const first = d.firstAttemptAt ?? ctx.now;
  const next = nextAttemptAt(attempts, first, ctx.now);
  await db.$transaction(async (tx) => {
    await tx.delivery.update({ where: { id: d.id }, data: { status: next ? "FAILED" : "DEAD", attempts, lastError: message, firstAttemptAt: first, nextAttemptAt: next, lockedUntil: null } });
    if (next) await enqueue(tx, [{ kind: "deliver", key: `deliver:${d.id}:${attempts}`, runAt: next, payload: { deliveryId: d.id } }]);
    if (d.incidentId && (attempts === 1 || !next)) {
      await recordEvent(tx, ctx, d.incidentId, "NOTIFICATION_FAILED", `${next ? "Delivery failed, will retry" : "Delivery given up after 24 h"}: ${d.channel} to ${d.recipient} — ${message}`, { deliveryId: d.id });
    }
    if (d.incidentId) await emit(tx, { type: "incident.changed", id: d.incidentId });
  });
}
