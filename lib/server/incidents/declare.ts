import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { firstStep } from "@/lib/domain/escalation";
import { declareSchema } from "@/lib/domain/incidents";
import { escalateJob } from "@/lib/domain/jobs";
import { actingUserId, type Ctx } from "../context";
import { enqueue } from "../jobs/enqueue";
import { mutate } from "../mutate";
import { defaultPolicySnapshot } from "../policies/default-snapshot";
import { planObligations } from "./plan-obligations";
import { recordEvent } from "./record-event";

/** Declares an incident: timeline, matrix obligations and the first escalation deadline. */
export async function declareIncident(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:declare", declareSchema, input, async (tx, data) => {
    const components = await tx.component.findMany({ where: { id: { in: data.componentIds } } });
    if (components.length !== new Set(data.componentIds).size) {
      throw new DomainError("VALIDATION", "Unknown component", { componentIds: ["One or more components do not exist"] });
    }
    const commanderId = data.commanderId ?? actingUserId(ctx);
    if (commanderId) {
      const commander = await tx.user.findFirst({ where: { id: commanderId, active: true } });
      if (!commander) throw new DomainError("VALIDATION", "Unknown commander", { commanderId: ["No active user with this id"] });
      if (commander.role === "STAKEHOLDER") throw new DomainError("VALIDATION", "A stakeholder cannot command an incident", { commanderId: ["Read-only users cannot command"] });
    }
    const policy = await defaultPolicySnapshot(tx);
    const incident = await tx.incident.create({
      data: {
        title: data.title, severity: data.severity, impact: data.impact, commanderId,
        declaredById: actingUserId(ctx),
        escalationPolicyId: policy?.policyId ?? null, escalationSnapshot: policy ?? undefined, startedAt: ctx.now, detectedAt: ctx.now,
        components: { create: components.map((c) => ({ componentId: c.id })) },
      },
    });
    await recordEvent(tx, ctx, incident.id, "DECLARED", `Declared ${data.severity}: ${data.title}`, { components: components.map((c) => c.name) });
    const owed = await planObligations(tx, incident.id, data.severity, ctx.now);
    const first = policy ? firstStep(policy, ctx.now) : null;
    if (first) {
      await enqueue(tx, [escalateJob(incident.id, first)]);
    }
    return {
      result: incident,
      audit: { action: "incident.declare", entityType: "Incident", entityId: incident.id, after: { ...incident, obligations: owed } },
      event: { type: "incident.changed", id: incident.id },
    };
  });
}
