import "server-only";
import { savePlanNoteSchema } from "@/lib/domain/postmortem/assembly-input";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { lockEditablePostmortem } from "./editable";

/** The author's comment on one row of plan vs. reality; an empty comment removes it. */
export async function savePlanNote(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", savePlanNoteSchema, input, async (tx, { postmortemId, rowKey, comment }) => {
    await lockEditablePostmortem(tx, postmortemId);
    const where = { postmortemId_rowKey: { postmortemId, rowKey } };
    const before = await tx.postmortemPlanNote.findUnique({ where });
    const note = comment
      ? await tx.postmortemPlanNote.upsert({
          where,
          create: { postmortemId, rowKey, comment, authorId: actingUserId(ctx) },
          update: { comment, authorId: actingUserId(ctx) },
        })
      : null;
    if (!comment && before) await tx.postmortemPlanNote.delete({ where });
    return {
      result: note,
      audit: {
        action: note ? "postmortem.plan-note.save" : "postmortem.plan-note.remove",
        entityType: "PostmortemPlanNote",
        entityId: note?.id ?? before?.id ?? null,
        before,
        after: note,
      },
      event: { type: "postmortem.changed", id: postmortemId },
    };
  });
}
