import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { decide, type Incoming, type KnownAlert } from "@/lib/domain/integrations/decide";
import type { Outcome } from "@/lib/domain/integrations/vocabulary";
import type { DeclareInput } from "@/lib/domain/incidents";
import { isSeverity } from "@/lib/domain/severity";
import { integrationCtx } from "../context";
import { db } from "../db";
import { applyDecision } from "./apply-decision";
import type { Source } from "./authenticate";
import { logEvent, logRejected } from "./log-event";

export type AlertInput = Incoming & {
  /** Alertmanager's group key; null for Events v2, where the dedup key is its own group. */
  groupKey: string | null;
  startsAt: Date;
  /** What a declaration would be, built only when one is needed. */
  declare: () => Omit<DeclareInput, "componentIds">;
  payload: unknown;
};

export type Processed = { outcome: Outcome; incident: { id: string; number: number } | null; dedupKey: string };

/** The alert rows of the group, with what the decision needs to know of their incidents. */
async function groupOf(tx: Tx, sourceId: string, alert: AlertInput): Promise<KnownAlert[]> {
  const rows = await tx.integrationAlert.findMany({
    where: { sourceId, ...(alert.groupKey === null ? { dedupKey: alert.dedupKey } : { groupKey: alert.groupKey }) },
    include: { incident: { select: { id: true, status: true, acknowledgedAt: true, severity: true } } },
  });
  return rows.map((row) => ({
    dedupKey: row.dedupKey,
    status: row.status === "resolved" ? "resolved" : "firing",
    summary: row.summary,
    incident: {
      id: row.incident.id,
      open: row.incident.status !== "RESOLVED",
      acknowledged: row.incident.acknowledgedAt !== null,
      severity: isSeverity(row.incident.severity) ? row.incident.severity : "SEV3",
    },
  }));
}

/**
 * Decides and applies one alert in one transaction, under an advisory lock on source and group:
 * two copies of an alert arriving at once (an HA pair) are settled one after the other, so the
 * second finds the first's row and is a duplicate. The event log line commits with the effect.
 */
export async function processAlert(source: Source, alert: AlertInput, now: Date): Promise<Processed> {
  const ctx = integrationCtx(source, now);
  try {
    return await db.$transaction(async (tx) => {
      const lockKey = `integration:${source.id}:${alert.groupKey ?? alert.dedupKey}`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
      const decision = decide(alert, await groupOf(tx, source.id, alert), source.autoResolve);
      const applied = await applyDecision(tx, ctx, source, alert, decision);
      await logEvent(tx, {
        sourceId: source.id,
        receivedAt: now,
        outcome: decision.outcome,
        dedupKey: alert.dedupKey,
        incidentId: applied.incident?.id ?? null,
        detail: applied.detail,
        payload: alert.payload,
      });
      return { outcome: decision.outcome, incident: applied.incident, dedupKey: alert.dedupKey };
    });
  } catch (error) {
    // A declaration the source's settings cannot make (a deleted default component) is shown, not lost.
    if (error instanceof DomainError) await logRejected(source.id, now, error.message, alert.payload);
    throw error;
  }
}
