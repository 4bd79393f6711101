import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Ctx } from "../context";
import { recordEvent } from "../incidents/record-event";
import { createDeliveries } from "./create-deliveries";
import { groupRecipients } from "./recipients";
import { renderForIncident } from "./render-for-incident";

/** Sends what a pending obligation owes to its group and marks it sent. Caller holds the row lock. */
export async function sendObligation(tx: Tx, ctx: Ctx, obligationId: string): Promise<number> {
  const obligation = await tx.notificationObligation.findUniqueOrThrow({
    where: { id: obligationId },
    include: { group: true },
  });
  const message = await renderForIncident(tx, obligation.incidentId, obligation.templateId, ctx.now);
  const recipients = await groupRecipients(tx, obligation.groupId);
  const count = await createDeliveries(
    tx,
    { incidentId: obligation.incidentId, obligationId, keyPrefix: `obligation:${obligationId}` },
    recipients,
    message,
    ctx.now,
  );
  await tx.notificationObligation.update({ where: { id: obligationId }, data: { status: "SENT", sentAt: ctx.now } });
  const late = ctx.now.getTime() - obligation.dueAt.getTime() > 60_000 ? " (late)" : "";
  await recordEvent(
    tx,
    ctx,
    obligation.incidentId,
    "NOTIFICATION_SENT",
    `Notified ${obligation.group.name}${late}: ${count} message(s) — ${message.templateKey ?? "default"}${
      message.templateVersion ? ` v${message.templateVersion}` : ""
    }`,
    // Which version was sent, since the template may be edited afterwards.
    {
      obligationId,
      groupKey: obligation.group.key,
      templateKey: message.templateKey,
      templateVersion: message.templateVersion,
    },
  );
  return count;
}

export async function lockObligation(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT id FROM "NotificationObligation" WHERE id = ${id} FOR UPDATE`;
  return tx.notificationObligation.findUnique({ where: { id }, include: { group: true, incident: true } });
}
