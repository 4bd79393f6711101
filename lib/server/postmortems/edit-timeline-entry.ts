import "server-only";
import { editTimelineEntrySchema } from "@/lib/domain/postmortem/assembly-input";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { lockEditableEntry } from "./timeline-entry";

/**
 * Rewords, marks, hides or shows one entry; fields left out stay as they are. A system entry
 * keeps the event's own wording in systemText, so a reworded entry can always be compared with it.
 */
export async function editTimelineEntry(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", editTimelineEntrySchema, input, async (tx, data) => {
    const before = await lockEditableEntry(tx, data.entryId);
    const entry = await tx.postmortemTimelineEntry.update({
      where: { id: before.id },
      data: {
        ...(data.text !== undefined && { text: data.text }),
        ...(data.text !== undefined &&
          before.source === "SYSTEM" &&
          before.systemText === null && { systemText: before.text }),
        ...(data.mark !== undefined && { mark: data.mark }),
        ...(data.hidden !== undefined && { hidden: data.hidden }),
        editedById: actingUserId(ctx),
      },
    });
    return {
      result: entry,
      audit: {
        action: "postmortem.timeline.edit",
        entityType: "PostmortemTimelineEntry",
        entityId: entry.id,
        before,
        after: entry,
      },
      event: { type: "postmortem.changed", id: entry.postmortemId },
    };
  });
}
