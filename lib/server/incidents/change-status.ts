import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { moveError } from "@/lib/domain/incident-status";
import { changeStatusSchema } from "@/lib/domain/incidents";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockIncident } from "./lock";
import { recordEvent } from "./record-event";

/** Moves an incident along its lifecycle; stamps mitigated/resolved times; reopens. */
export async function changeStatus(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:respond", changeStatusSchema, input, async (tx, data) => {
    const before = await lockIncident(tx, data.incidentId);
    const problem = moveError(before.status, data.status);
    if (problem) throw new DomainError("CONFLICT", problem, { status: [problem] });
    const reopening = before.status === "RESOLVED";
    const incident = await tx.incident.update({
      where: { id: before.id },
      data: {
        status: data.status,
        mitigatedAt:
          data.status === "MONITORING" || data.status === "RESOLVED"
            ? (before.mitigatedAt ?? ctx.now)
            : reopening
              ? null
              : before.mitigatedAt,
        resolvedAt: data.status === "RESOLVED" ? ctx.now : null,
        rootCauseSummary: data.rootCauseSummary ?? before.rootCauseSummary,
        resolutionSummary: data.resolutionSummary ?? before.resolutionSummary,
      },
    });
    if (data.status === "RESOLVED") {
      await tx.incidentComponent.updateMany({
        where: { incidentId: before.id, restoredAt: null },
        data: { restoredAt: ctx.now },
      });
    }
    // A reopened incident is an outage again: its components' RTO clocks run again.
    if (reopening)
      await tx.incidentComponent.updateMany({ where: { incidentId: before.id }, data: { restoredAt: null } });
    const text = `${before.status} → ${data.status}${reopening ? " (reopened)" : ""}${data.note ? `: ${data.note}` : ""}`;
    await recordEvent(tx, ctx, before.id, "STATUS_CHANGED", text, { from: before.status, to: data.status });
    return {
      result: incident,
      audit: {
        action: reopening ? "incident.reopen" : "incident.status",
        entityType: "Incident",
        entityId: before.id,
        before,
        after: incident,
      },
      event: { type: "incident.changed", id: before.id },
    };
  });
}
