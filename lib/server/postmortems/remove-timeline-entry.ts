import "server-only";
import { removeTimelineEntrySchema } from "@/lib/domain/postmortem/assembly-input";
import { DomainError } from "@/lib/domain/errors";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockEditableEntry } from "./timeline-entry";

/**
 * Removes an entry a person added. Entries from the incident's events are the record of what
 * happened and would come back on the next assembly: those are hidden instead.
 */
export async function removeTimelineEntry(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", removeTimelineEntrySchema, input, async (tx, { entryId }) => {
    const before = await lockEditableEntry(tx, entryId);
    if (before.source === "SYSTEM")
      throw new DomainError("CONFLICT", "Entries from the incident's events cannot be removed; hide it instead.", {
        entryId: ["Hide this entry instead"],
      });
    await tx.postmortemTimelineEntry.delete({ where: { id: entryId } });
    return {
      result: { id: entryId },
      audit: { action: "postmortem.timeline.remove", entityType: "PostmortemTimelineEntry", entityId: entryId, before },
      event: { type: "postmortem.changed", id: before.postmortemId },
    };
  });
}
