import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { changeSeveritySchema } from "@/lib/domain/incidents";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockIncident } from "./lock";
import { planObligations } from "./plan-obligations";
import { recordEvent } from "./record-event";

/** Changes severity and re-plans the matrix from now: what the new severity owes, and when. */
export async function changeSeverity(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:command", changeSeveritySchema, input, async (tx, data) => {
    const before = await lockIncident(tx, data.incidentId);
    if (before.severity === data.severity)
      throw new DomainError("CONFLICT", `The incident is already ${data.severity}.`, { severity: ["Unchanged"] });
    if (before.status === "RESOLVED")
      throw new DomainError("CONFLICT", "Reopen the incident before changing its severity.", {
        severity: ["Incident is resolved"],
      });
    const incident = await tx.incident.update({ where: { id: before.id }, data: { severity: data.severity } });
    const owed = await planObligations(tx, before.id, data.severity, ctx.now);
    await recordEvent(
      tx,
      ctx,
      before.id,
      "SEVERITY_CHANGED",
      `${before.severity} → ${data.severity}; ${owed} notification(s) re-planned`,
      { from: before.severity, to: data.severity },
    );
    return {
      result: incident,
      audit: { action: "incident.severity", entityType: "Incident", entityId: before.id, before, after: incident },
      event: { type: "incident.changed", id: before.id },
    };
  });
}
