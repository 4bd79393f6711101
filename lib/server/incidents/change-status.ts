import "server-only";
import { changeStatusSchema } from "@/lib/domain/incidents";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { applyStatusChange } from "./apply-status";
import { lockIncident } from "./lock";

/** Moves an incident along its lifecycle; stamps mitigated/resolved times; reopens. */
export async function changeStatus(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:respond", changeStatusSchema, input, async (tx, data) => {
    const before = await lockIncident(tx, data.incidentId);
    const { incident, reopening } = await applyStatusChange(tx, ctx, before, data);
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
