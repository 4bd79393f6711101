import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { moveError, type IncidentStatus } from "@/lib/domain/incident-status";
import type { Incident } from "@/lib/generated/prisma/client";
import type { Ctx } from "../context";
import { settleDrillRun } from "../dr/finish-drill";
import { recordEvent } from "./record-event";

export type StatusMove = {
  status: IncidentStatus;
  note?: string;
  rootCauseSummary?: string;
  resolutionSummary?: string;
};

/**
 * Moves a locked incident along its lifecycle: stamps mitigated/resolved times, restores its
 * components on resolution (and un-restores them on a reopen), ends a drill's DR test run, and
 * writes the timeline entry.
 * Shared by the status control and "Post an update", so both move an incident the same way.
 */
export async function applyStatusChange(tx: Tx, ctx: Ctx, before: Incident, move: StatusMove) {
  const problem = moveError(before.status, move.status);
  if (problem) throw new DomainError("CONFLICT", problem, { status: [problem] });
  const reopening = before.status === "RESOLVED";
  const incident = await tx.incident.update({
    where: { id: before.id },
    data: {
      status: move.status,
      mitigatedAt:
        move.status === "MONITORING" || move.status === "RESOLVED"
          ? (before.mitigatedAt ?? ctx.now)
          : reopening
            ? null
            : before.mitigatedAt,
      resolvedAt: move.status === "RESOLVED" ? ctx.now : null,
      rootCauseSummary: move.rootCauseSummary ?? before.rootCauseSummary,
      resolutionSummary: move.resolutionSummary ?? before.resolutionSummary,
    },
  });
  if (move.status === "RESOLVED") {
    await tx.incidentComponent.updateMany({
      where: { incidentId: before.id, restoredAt: null },
      data: { restoredAt: ctx.now },
    });
  }
  if (move.status === "RESOLVED" || reopening) await settleDrillRun(tx, incident);
  // A reopened incident is an outage again: its components' RTO clocks run again.
  if (reopening)
    await tx.incidentComponent.updateMany({ where: { incidentId: before.id }, data: { restoredAt: null } });
  const text = `${before.status} → ${move.status}${reopening ? " (reopened)" : ""}${move.note ? `: ${move.note}` : ""}`;
  await recordEvent(tx, ctx, before.id, "STATUS_CHANGED", text, { from: before.status, to: move.status });
  return { incident, reopening };
}
