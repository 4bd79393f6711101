import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { changeSeveritySchema } from "@/lib/domain/incidents";
import type { Severity } from "@/lib/domain/severity";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockIncident } from "./lock";
import { planObligations } from "./plan-obligations";
import { recordEvent } from "./record-event";

/** The severity change inside a caller's transaction (an alert joining an incident may raise it). */
export async function changeSeverityInTx(tx: Tx, ctx: Ctx, incidentId: string, severity: Severity) {
  const before = await lockIncident(tx, incidentId);
  if (before.severity === severity)
    throw new DomainError("CONFLICT", `The incident is already ${severity}.`, { severity: ["Unchanged"] });
  if (before.status === "RESOLVED")
    throw new DomainError("CONFLICT", "Reopen the incident before changing its severity.", {
      severity: ["Incident is resolved"],
    });
  const incident = await tx.incident.update({ where: { id: before.id }, data: { severity } });
  const owed = await planObligations(tx, before.id, severity, ctx.now);
  await recordEvent(
    tx,
    ctx,
    before.id,
    "SEVERITY_CHANGED",
    `${before.severity} → ${severity}; ${owed} notification(s) re-planned`,
    { from: before.severity, to: severity },
  );
  return {
    result: incident,
    audit: { action: "incident.severity", entityType: "Incident", entityId: before.id, before, after: incident },
    event: { type: "incident.changed" as const, id: before.id },
  };
}

/** Changes severity and re-plans the matrix from now: what the new severity owes, and when. */
export async function changeSeverity(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:command", changeSeveritySchema, input, (tx, data) =>
    changeSeverityInTx(tx, ctx, data.incidentId, data.severity),
  );
}
