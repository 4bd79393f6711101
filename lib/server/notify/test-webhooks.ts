// An incident with a webhook delivery queued to each member, as a notification queues them, for
// tests of what the worker then sends; each delivery is found by its member's address.
import { randomUUID } from "node:crypto";
import type { Severity } from "@/lib/domain/severity";
import { createTestUser } from "@/scripts/test/fixtures";
import { userCtx } from "../context";
import { db } from "../db";
import { declareIncident } from "../incidents/declare";
import { createDeliveries } from "./create-deliveries";

type Member = { id: string; webhookUrl: string | null };

export async function queueWebhookDeliveries(
  members: Member[],
  incident: { title: string; severity: Severity; componentSlug: string },
  message: { subject: string; body: string },
) {
  const commander = await createTestUser("COMMANDER");
  const component = await db.component.findUniqueOrThrow({ where: { slug: incident.componentSlug } });
  const declared = await declareIncident(userCtx(commander, new Date()), {
    title: `${incident.title} ${randomUUID().slice(0, 8)}`,
    severity: incident.severity,
    componentIds: [component.id],
  });
  const prefix = `test:${randomUUID()}`;
  await db.$transaction((tx) =>
    createDeliveries(
      tx,
      { incidentId: declared.id, keyPrefix: prefix },
      members.map((m) => ({ channel: "WEBHOOK" as const, recipient: m.webhookUrl!, webhookMemberId: m.id })),
      message,
      new Date(),
    ),
  );
  const deliveryTo = (m: Member) =>
    db.delivery.findUniqueOrThrow({ where: { idempotencyKey: `${prefix}:WEBHOOK:${m.webhookUrl!.toLowerCase()}` } });
  return { incident: declared, deliveryTo };
}
