import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Decision } from "@/lib/domain/integrations/decide";
import { OUTCOME } from "@/lib/domain/integrations/vocabulary";
import { declareSchema } from "@/lib/domain/incidents";
import type { Permission } from "@/lib/domain/roles";
import { writeAudit, type AuditEntry } from "../audit";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { emit, type BridgeEvent } from "../events";
import { acknowledgeInTx } from "../incidents/acknowledge";
import { changeSeverityInTx } from "../incidents/change-severity";
import { changeStatusInTx } from "../incidents/change-status";
import { declareInTx } from "../incidents/declare";
import { recordEvent } from "../incidents/record-event";
import type { Source } from "./authenticate";
import type { AlertInput } from "./process-alert";
import { parseInput } from "../validate";

// The integration acts as a commander; each effect is still checked like a person's would be.
const NEEDS: Record<Decision["outcome"], Permission | null> = {
  declared: "incident:declare",
  joined: "incident:command",
  updated: "incident:respond",
  acknowledged: "incident:respond",
  resolved: "incident:respond",
  duplicate: null,
  ignored: null,
};

type Effect = { audit: AuditEntry; event?: BridgeEvent };
type Applied = { incident: { id: string; number: number } | null; detail: string };

async function commit(tx: Tx, ctx: Ctx, effects: Effect[]) {
  for (const effect of effects) {
    await writeAudit(tx, ctx, effect.audit);
    if (effect.event) await emit(tx, effect.event);
  }
}

/** A timeline line naming the alert, with its audit row: an alert is shown, never swallowed. */
async function alertNote(tx: Tx, ctx: Ctx, incidentId: string, action: string, message: string, alert: AlertInput) {
  await recordEvent(tx, ctx, incidentId, "UPDATED", message, { dedupKey: alert.dedupKey });
  return {
    audit: { action, entityType: "Incident", entityId: incidentId, after: { dedupKey: alert.dedupKey, message } },
    event: { type: "incident.changed", id: incidentId },
  };
}

async function declare(tx: Tx, ctx: Ctx, source: Source, alert: AlertInput, rearm: boolean) {
  const outcome = await declareInTx(tx, ctx, parseInput(declareSchema, alert.declare()));
  const incident = outcome.result;
  const row = { incidentId: incident.id, status: "firing", summary: alert.summary, startsAt: alert.startsAt };
  if (rearm)
    await tx.integrationAlert.update({
      where: { sourceId_dedupKey: { sourceId: source.id, dedupKey: alert.dedupKey } },
      data: { ...row, resolvedAt: null },
    });
  else
    await tx.integrationAlert.create({
      data: { ...row, sourceId: source.id, dedupKey: alert.dedupKey, groupKey: alert.groupKey },
    });
  await commit(tx, ctx, [outcome]);
  return { incident, detail: `Declared #${incident.number} ${incident.severity}: ${incident.title}` };
}

/** Carries out a decision inside the alert's transaction, through the incident services' own steps. */
export async function applyDecision(
  tx: Tx,
  ctx: Ctx,
  source: Source,
  alert: AlertInput,
  decision: Decision,
): Promise<Applied> {
  const permission = NEEDS[decision.outcome];
  if (permission) authorize(ctx, permission);
  if (decision.outcome === "declared") return declare(tx, ctx, source, alert, decision.rearm);
  if (decision.outcome === "ignored" && decision.incidentId === null)
    return { incident: null, detail: `Ignored: ${decision.reason}` };
  const incidentId = decision.incidentId as string;
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: { id: true, number: true },
  });
  const where = { sourceId_dedupKey: { sourceId: source.id, dedupKey: alert.dedupKey } };
  const effects: Effect[] = [];
  let detail = `#${incident.number}: ${OUTCOME[decision.outcome].words}`;
  switch (decision.outcome) {
    case "joined":
      await tx.integrationAlert.create({
        data: {
          sourceId: source.id,
          dedupKey: alert.dedupKey,
          groupKey: alert.groupKey,
          incidentId: incident.id,
          startsAt: alert.startsAt,
          status: "firing",
          summary: alert.summary,
        },
      });
      effects.push(
        await alertNote(tx, ctx, incident.id, "incident.alert-join", `Alert joined: ${alert.summary}`, alert),
      );
      if (decision.raiseTo) effects.push(await changeSeverityInTx(tx, ctx, incident.id, decision.raiseTo));
      detail = `Joined #${incident.number}${decision.raiseTo ? `, raised to ${decision.raiseTo}` : ""}: ${alert.summary}`;
      break;
    case "updated":
      await tx.integrationAlert.update({ where, data: { summary: alert.summary } });
      effects.push(
        await alertNote(tx, ctx, incident.id, "incident.alert-update", `Alert now says: ${alert.summary}`, alert),
      );
      detail = `Updated #${incident.number}: ${alert.summary}`;
      break;
    case "acknowledged":
      effects.push(await acknowledgeInTx(tx, ctx, incident.id));
      break;
    case "resolved": {
      const row = await tx.integrationAlert.update({ where, data: { status: "resolved", resolvedAt: ctx.now } });
      effects.push(
        await alertNote(tx, ctx, incident.id, "incident.alert-resolve", `Alert resolved: ${row.summary}`, alert),
      );
      if (decision.resolveIncident) {
        const note = `every alert from ${source.name} has resolved`;
        effects.push(await changeStatusInTx(tx, ctx, incident.id, { status: "RESOLVED", note }));
        detail = `Resolved #${incident.number}: ${note}`;
      } else detail = `Alert resolved on #${incident.number}: ${row.summary}`;
      break;
    }
    case "ignored":
      detail = `Ignored (#${incident.number}): ${decision.reason}`;
      break;
    case "duplicate":
      detail = `Duplicate of an alert on #${incident.number}; nothing changed`;
  }
  await commit(tx, ctx, effects);
  return { incident, detail };
}
