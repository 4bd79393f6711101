// An incident with a webhook delivery queued to each member, as a notification queues them, for
// tests of what the worker then sends; each delivery is found by its member's address.
import { db } from "../db";
import type { Message } from "./create-deliveries";
import { declareWithDeliveries, type TestIncident } from "./test-deliveries";

type Member = { id: string; webhookUrl: string | null };

export async function queueWebhookDeliveries(members: Member[], incident: TestIncident, message: Message) {
  const { incident: declared, key } = await declareWithDeliveries(
    incident,
    members.map((m) => ({ channel: "WEBHOOK" as const, recipient: m.webhookUrl!, webhookMemberId: m.id })),
    message,
  );
  const deliveryTo = (m: Member) =>
    db.delivery.findUniqueOrThrow({ where: { idempotencyKey: `${key}:WEBHOOK:${m.webhookUrl!.toLowerCase()}` } });
  return { incident: declared, deliveryTo };
}
