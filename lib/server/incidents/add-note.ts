import "server-only";
import { noteSchema } from "@/lib/domain/incidents";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockIncident } from "./lock";
import { recordEvent } from "./record-event";

export async function addNote(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:respond", noteSchema, input, async (tx, data) => {
    const incident = await lockIncident(tx, data.incidentId);
    await recordEvent(tx, ctx, incident.id, "NOTE", data.message);
    return {
      result: { incidentId: incident.id, message: data.message },
      audit: {
        action: "incident.note",
        entityType: "Incident",
        entityId: incident.id,
        after: { message: data.message },
      },
      event: { type: "incident.changed", id: incident.id },
    };
  });
}
