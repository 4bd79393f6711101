import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { changeStatusSchema } from "@/lib/domain/incidents";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { applyStatusChange, type StatusMove } from "./apply-status";
import { lockIncident } from "./lock";

/** The status move inside a caller's transaction (inbound alerts resolve this way too). */
export async function changeStatusInTx(tx: Tx, ctx: Ctx, incidentId: string, move: StatusMove) {
  const before = await lockIncident(tx, incidentId);
  const { incident, reopening } = await applyStatusChange(tx, ctx, before, move);
  return {
    result: incident,
    audit: {
      action: reopening ? "incident.reopen" : "incident.status",
      entityType: "Incident",
      entityId: before.id,
      before,
      after: incident,
    },
    event: { type: "incident.changed" as const, id: before.id },
  };
}

/** Moves an incident along its lifecycle; stamps mitigated/resolved times; reopens. */
export async function changeStatus(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:respond", changeStatusSchema, input, (tx, data) =>
    changeStatusInTx(tx, ctx, data.incidentId, data),
  );
}
