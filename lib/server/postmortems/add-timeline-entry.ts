import "server-only";
import { addTimelineEntrySchema } from "@/lib/domain/postmortem/assembly-input";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { lockEditablePostmortem } from "./editable";
import { refuseFuture } from "./timeline-entry";

/** An entry a person adds: something the system could not know (a customer's call, a decision in a meeting). */
export async function addTimelineEntry(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", addTimelineEntrySchema, input, async (tx, data) => {
    await lockEditablePostmortem(tx, data.postmortemId);
    refuseFuture(data.occurredAt, ctx.now, "occurredAt");
    const entry = await tx.postmortemTimelineEntry.create({
      data: {
        postmortemId: data.postmortemId,
        source: "PERSON",
        occurredAt: data.occurredAt,
        text: data.text,
        mark: data.mark ?? null,
        editedById: actingUserId(ctx),
      },
    });
    return {
      result: entry,
      audit: {
        action: "postmortem.timeline.add",
        entityType: "PostmortemTimelineEntry",
        entityId: entry.id,
        after: entry,
      },
      event: { type: "postmortem.changed", id: entry.postmortemId },
    };
  });
}
