import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { handoverSchema } from "@/lib/domain/incidents";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockIncident } from "./lock";
import { recordEvent } from "./record-event";

/** Hands command of an incident to another active user, named by id or e-mail. */
export async function handOver(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:command", handoverSchema, input, async (tx, data) => {
    const before = await lockIncident(tx, data.incidentId);
    // An id wins over an e-mail; the field that named the person is the one blamed.
    const field = data.commanderId ? "commanderId" : "commanderEmail";
    const next = await tx.user.findFirst({
      where: data.commanderId ? { id: data.commanderId, active: true } : { email: data.commanderEmail, active: true },
    });
    if (!next)
      throw new DomainError("VALIDATION", "No such active user", {
        [field]: [`No active user with this ${data.commanderId ? "id" : "e-mail"}`],
      });
    if (next.role === "STAKEHOLDER")
      throw new DomainError("VALIDATION", "A stakeholder cannot command an incident", {
        [field]: ["Read-only users cannot command"],
      });
    if (before.commanderId === next.id)
      throw new DomainError("CONFLICT", `${next.name} already commands this incident.`, { commanderId: ["Unchanged"] });
    const incident = await tx.incident.update({ where: { id: before.id }, data: { commanderId: next.id } });
    await recordEvent(tx, ctx, before.id, "COMMANDER_CHANGED", `Command handed to ${next.name}`, { to: next.id });
    return {
      result: incident,
      audit: { action: "incident.handover", entityType: "Incident", entityId: before.id, before, after: incident },
      event: { type: "incident.changed", id: before.id },
    };
  });
}
