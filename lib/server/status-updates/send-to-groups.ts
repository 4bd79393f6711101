import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { textToHtml } from "@/lib/domain/html";
import { updateDeliveryPrefix } from "@/lib/domain/status-update";
import type { Channel } from "@/lib/generated/prisma/client";
import { createDeliveries, type Message } from "../notify/create-deliveries";
import { groupRecipients } from "../notify/recipients";

type Texts = { subject: string; body: string; shortText: string; message: string };
export type GroupSend = { id: string; name: string; messages: number };

/** Each channel's copy: e-mail the subject and body, webhooks and chat the short text, the app the body. */
function messageFor(channel: Channel, t: Texts): Message {
  if (channel === "WEBHOOK") return { subject: t.subject, body: t.shortText || t.message };
  return { subject: t.subject, body: t.body };
}

/**
 * One delivery per member of each chosen group and channel, keyed by the update and the group,
 * so a repeated send makes nothing new. Someone in two groups hears once, under the first group.
 */
export async function sendToGroups(
  tx: Tx,
  update: { id: string; incidentId: string },
  groups: { id: string; name: string }[],
  texts: Texts,
  now: Date,
): Promise<GroupSend[]> {
  const seen = new Set<string>();
  const sent: GroupSend[] = [];
  for (const group of groups) {
    const fresh = (await groupRecipients(tx, group.id)).filter((r) => {
      const key = `${r.channel}:${r.recipient.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    let messages = 0;
    for (const channel of ["EMAIL", "WEBHOOK", "IN_APP"] as const) {
      const recipients = fresh.filter((r) => r.channel === channel);
      const origin = { incidentId: update.incidentId, keyPrefix: updateDeliveryPrefix(update.id, group.id) };
      messages += await createDeliveries(tx, origin, recipients, messageFor(channel, texts), now);
    }
    sent.push({ id: group.id, name: group.name, messages });
  }
  // The shared insert knows obligations and pages, not updates: tie the new rows to this update
  // (and give e-mails their escaped HTML) before the transaction commits and a worker sends them.
  const prefix = `update:${update.id}:`;
  await tx.delivery.updateMany({
    where: { idempotencyKey: { startsWith: prefix }, statusUpdateId: null },
    data: { statusUpdateId: update.id },
  });
  await tx.delivery.updateMany({
    where: { idempotencyKey: { startsWith: prefix }, channel: "EMAIL", html: null },
    data: { html: textToHtml(texts.body) },
  });
  return sent;
}
