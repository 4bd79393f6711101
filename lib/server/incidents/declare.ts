import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError, type FieldErrors } from "@/lib/domain/errors";
import { firstStep } from "@/lib/domain/escalation";
import { declareSchema, type DeclareInput } from "@/lib/domain/incidents";
import { escalateJob } from "@/lib/domain/jobs";
import { actingUserId, type Ctx } from "../context";
import { enqueue } from "../jobs/enqueue";
import { mutate } from "../mutate";
import { defaultPolicySnapshot } from "../policies/default-snapshot";
import { planObligations } from "./plan-obligations";
import { recordEvent } from "./record-event";

/** The components and commander the input names, by id, slug or e-mail; every unknown one is reported at once. */
async function resolveNames(tx: Tx, ctx: Ctx, data: DeclareInput) {
  const errors: FieldErrors = {};
  const bySlug = data.componentSlugs.length
    ? await tx.component.findMany({ where: { slug: { in: data.componentSlugs } } })
    : [];
  const unknownSlugs = data.componentSlugs.filter((slug) => !bySlug.some((c) => c.slug === slug));
  if (unknownSlugs.length) errors.componentSlugs = [`Unknown component: ${unknownSlugs.join(", ")}`];
  const byId = data.componentIds.length
    ? await tx.component.findMany({ where: { id: { in: data.componentIds } } })
    : [];
  if (byId.length !== new Set(data.componentIds).size) errors.componentIds = ["One or more components do not exist"];
  let commanderId = data.commanderId ?? null;
  if (data.commanderEmail) {
    const byEmail = await tx.user.findFirst({
      where: { email: data.commanderEmail, active: true },
      select: { id: true },
    });
    if (byEmail) commanderId = byEmail.id;
    else errors.commanderEmail = ["No active user with this e-mail"];
  }
  if (Object.keys(errors).length)
    throw new DomainError("VALIDATION", `Invalid input: ${Object.keys(errors).join(", ")}`, errors);
  const components = [...new Map([...byId, ...bySlug].map((c) => [c.id, c])).values()];
  return { components, commanderId: commanderId ?? actingUserId(ctx) };
}

/**
 * The declaration inside a caller's transaction: the incident, its timeline, matrix obligations
 * and the first escalation deadline. A DR drill declares through here too, marked `drill`.
 */
export async function declareInTx(tx: Tx, ctx: Ctx, data: DeclareInput, options: { drill?: boolean } = {}) {
  const { components, commanderId } = await resolveNames(tx, ctx, data);
  if (commanderId) {
    const commander = await tx.user.findFirst({ where: { id: commanderId, active: true } });
    if (!commander)
      throw new DomainError("VALIDATION", "Unknown commander", { commanderId: ["No active user with this id"] });
    if (commander.role === "STAKEHOLDER")
      throw new DomainError("VALIDATION", "A stakeholder cannot command an incident", {
        commanderId: ["Read-only users cannot command"],
      });
  }
  const policy = await defaultPolicySnapshot(tx);
  const incident = await tx.incident.create({
    data: {
      title: data.title,
      severity: data.severity,
      impact: data.impact,
      commanderId,
      declaredById: actingUserId(ctx),
      escalationPolicyId: policy?.policyId ?? null,
      escalationSnapshot: policy ?? undefined,
      startedAt: ctx.now,
      detectedAt: ctx.now,
      drill: options.drill ?? false,
      components: { create: components.map((c) => ({ componentId: c.id })) },
    },
  });
  await recordEvent(tx, ctx, incident.id, "DECLARED", `Declared ${data.severity}: ${data.title}`, {
    components: components.map((c) => c.name),
  });
  const owed = await planObligations(tx, incident.id, data.severity, ctx.now);
  const first = policy ? firstStep(policy, ctx.now) : null;
  if (first) {
    await enqueue(tx, [escalateJob(incident.id, first)]);
  }
  return {
    result: incident,
    audit: {
      action: "incident.declare",
      entityType: "Incident",
      entityId: incident.id,
      after: { ...incident, obligations: owed },
    },
    event: { type: "incident.changed", id: incident.id },
  };
}

/** Declares an incident as a person or a token does. */
export async function declareIncident(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:declare", declareSchema, input, (tx, data) => declareInTx(tx, ctx, data));
}
