import "server-only";
import { z } from "zod";
import { nextStep, pageKey } from "@/lib/domain/escalation";
import { ackToken } from "../../ack-token";
import { appUrl } from "../../app-url";
import type { Ctx } from "../../context";
import { db } from "../../db";
import { emit } from "../../events";
import { recordEvent } from "../../incidents/record-event";
import { createDeliveries } from "../../notify/create-deliveries";
import { recipientsOfUser, type Recipient } from "../../notify/recipients";
import { enqueue } from "../enqueue";

const payloadSchema = z.object({ incidentId: z.string(), round: z.number().int(), position: z.number().int(), at: z.coerce.date() });

/**
 * A level's deadline: unless the incident is acknowledged or resolved (checked under the
 * incident's row lock), page the level and schedule the next one. The page's unique key makes
 * a second run of the same deadline a no-op.
 */
export async function handleEscalate(ctx: Ctx, payload: unknown): Promise<void> {
  const step = payloadSchema.parse(payload);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Incident" WHERE id = ${step.incidentId} FOR UPDATE`;
    const incident = await tx.incident.findUnique({ where: { id: step.incidentId }, include: { escalationPolicy: { include: { levels: { include: { targets: { include: { user: true } } } } } } } });
    if (!incident || incident.acknowledgedAt || incident.status === "RESOLVED" || !incident.escalationPolicy) return;
    const key = pageKey(incident.id, step);
    if (await tx.page.findUnique({ where: { idempotencyKey: key } })) return;
    const policy = incident.escalationPolicy;
    const level = policy.levels.find((l) => l.position === step.position);
    if (!level) return;
    const page = await tx.page.create({ data: { incidentId: incident.id, levelId: level.id, round: step.round, plannedAt: step.at, pagedAt: ctx.now, idempotencyKey: key } });
    const recipients: Recipient[] = level.targets.flatMap((t) =>
      t.user?.active ? recipientsOfUser(t.user) : t.email ? [{ channel: "EMAIL" as const, recipient: t.email }] : [],
    );
    const link = appUrl(`/incidents/${incident.number}`);
    const subject = `[${incident.severity}] Page: #${incident.number} ${incident.title}`;
    const body = `You are paged as ${level.name} for incident #${incident.number} (${incident.severity}): ${incident.title}\n\nImpact: ${incident.impact || "under assessment"}\n\nAcknowledge: ${appUrl(`/ack/${ackToken(page.id, ctx.now)}`)}\nIncident: ${link}`;
    const sent = await createDeliveries(tx, { incidentId: incident.id, pageId: page.id, keyPrefix: key }, recipients, { subject, body }, ctx.now);
    const first = step.round === 0 && step.position === Math.min(...policy.levels.map((l) => l.position));
    const who = level.targets.map((t) => t.label || t.email || t.user?.name).filter(Boolean).join(", ") || "no targets";
    await recordEvent(tx, ctx, incident.id, first ? "PAGED" : "ESCALATED", `${first ? "Paged" : "Escalated to"} ${level.name} (${who}); ${sent} message(s)`, { round: step.round, position: step.position, plannedAt: step.at.toISOString() });
    const next = nextStep(policy, step);
    if (next) {
      await enqueue(tx, [{ kind: "escalate", key: pageKey(incident.id, next), runAt: next.at, payload: { incidentId: incident.id, round: next.round, position: next.position, at: next.at.toISOString() } }]);
    }
    await emit(tx, { type: "incident.changed", id: incident.id });
  });
}
