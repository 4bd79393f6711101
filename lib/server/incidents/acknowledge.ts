import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { acknowledgeSchema } from "@/lib/domain/incidents";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { lockIncident } from "./lock";
import { recordEvent } from "./record-event";

/** The acknowledgement inside a caller's transaction (inbound alerts acknowledge this way too). */
export async function acknowledgeInTx(tx: Tx, ctx: Ctx, incidentId: string) {
  const before = await lockIncident(tx, incidentId);
  if (before.acknowledgedAt)
    throw new DomainError("CONFLICT", "Already acknowledged.", { incidentId: ["Already acknowledged"] });
  if (before.status === "RESOLVED")
    throw new DomainError("CONFLICT", "The incident is resolved.", { incidentId: ["Resolved"] });
  const incident = await tx.incident.update({ where: { id: before.id }, data: { acknowledgedAt: ctx.now } });
  const userId = actingUserId(ctx);
  await tx.page.updateMany({
    where: { incidentId: before.id, acknowledgedAt: null },
    data: { acknowledgedAt: ctx.now, acknowledgedById: userId },
  });
  await recordEvent(tx, ctx, before.id, "ACKNOWLEDGED", `Acknowledged by ${ctx.actor.label}; escalation stopped`);
  return {
    result: incident,
    audit: { action: "incident.acknowledge", entityType: "Incident", entityId: before.id, before, after: incident },
    event: { type: "incident.changed" as const, id: before.id },
  };
}

/**
 * Acknowledges an incident's pages, which stops escalation. Taken under the incident's row
 * lock, the same lock an escalation deadline takes, so no page goes out after an ack.
 */
export async function acknowledge(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:respond", acknowledgeSchema, input, (tx, data) =>
    acknowledgeInTx(tx, ctx, data.incidentId),
  );
}
