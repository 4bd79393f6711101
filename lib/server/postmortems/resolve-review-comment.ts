import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { resolveReviewCommentSchema } from "@/lib/domain/postmortem/review";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockEditablePostmortem } from "./editable";

/** Marks a review comment dealt with; resolving it twice changes nothing. */
export async function resolveReviewComment(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", resolveReviewCommentSchema, input, async (tx, data) => {
    const found = await tx.postmortemReviewComment.findUnique({
      where: { id: data.commentId },
      select: { review: { select: { postmortemId: true } } },
    });
    if (!found) throw new DomainError("NOT_FOUND", "No such comment", { commentId: ["No such comment"] });
    await lockEditablePostmortem(tx, found.review.postmortemId, "commentId");
    const before = await tx.postmortemReviewComment.findUniqueOrThrow({ where: { id: data.commentId } });
    const after = before.resolvedAt
      ? before
      : await tx.postmortemReviewComment.update({ where: { id: before.id }, data: { resolvedAt: ctx.now } });
    return {
      result: after,
      audit: {
        action: "postmortem.review.comment.resolve",
        entityType: "PostmortemReviewComment",
        entityId: before.id,
        before: { resolvedAt: before.resolvedAt },
        after: { resolvedAt: after.resolvedAt },
      },
      event: { type: "postmortem.changed", id: found.review.postmortemId },
    };
  });
}
