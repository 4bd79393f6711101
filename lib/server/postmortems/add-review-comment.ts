import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { addReviewCommentSchema } from "@/lib/domain/postmortem/review";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockEditablePostmortem } from "./editable";
import { myReview } from "./my-review";

/** A reviewer of the current revision comments on one section without deciding yet. */
export async function addReviewComment(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", addReviewCommentSchema, input, async (tx, data) => {
    const postmortem = await lockEditablePostmortem(tx, data.postmortemId);
    const review = await myReview(tx, ctx, postmortem);
    if (!review) throw new DomainError("FORBIDDEN", "Only a reviewer of this revision may comment on it.");
    const comment = await tx.postmortemReviewComment.create({
      data: { reviewId: review.id, section: data.section, body: data.body, authorId: review.reviewerId },
    });
    return {
      result: comment,
      audit: {
        action: "postmortem.review.comment",
        entityType: "PostmortemReviewComment",
        entityId: comment.id,
        after: comment,
      },
      event: { type: "postmortem.changed", id: postmortem.id },
    };
  });
}
