import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { decideReviewSchema } from "@/lib/domain/postmortem/review";
import { REVIEW_STATE } from "@/lib/domain/postmortem-status";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockEditablePostmortem } from "./editable";
import { myReview } from "./my-review";
import { notifyAboutReview } from "./review-notice";

/** Whether every comment given was already made with the review's last decision. */
async function saidAlready(
  tx: Tx,
  review: { id: string; decidedAt: Date | null },
  comments: { section: string; body: string }[],
): Promise<boolean> {
  if (comments.length === 0) return true;
  if (!review.decidedAt) return false;
  const made = await tx.postmortemReviewComment.findMany({
    where: { reviewId: review.id, createdAt: { gte: review.decidedAt } },
    select: { section: true, body: true },
  });
  const known = new Set(made.map((c) => `${c.section}\n${c.body}`));
  return comments.every((c) => known.has(`${c.section}\n${c.body}`));
}

/**
 * A requested reviewer approves the current revision or requests changes (with a message or
 * comments on sections, kept as review comments). Only the person asked may decide, and may
 * change their mind while the postmortem is in review. The author is told in the app and by e-mail.
 */
export async function decideReview(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", decideReviewSchema, input, async (tx, data) => {
    const postmortem = await lockEditablePostmortem(tx, data.postmortemId);
    const review = await myReview(tx, ctx, postmortem);
    if (!review)
      throw new DomainError(
        "FORBIDDEN",
        "Only a reviewer asked to review this revision may approve it or request changes.",
      );
    if (postmortem.status !== "IN_REVIEW")
      throw new DomainError("CONFLICT", "This postmortem is not in review.", { decision: ["Not in review"] });

    const comments = [
      ...(data.message ? [{ section: "GENERAL", body: data.message }] : []),
      ...data.comments.map((c) => ({ section: c.section, body: c.body })),
    ];
    // The same decision again with nothing new to say (a retried post) changes and sends nothing.
    if (review.state === data.decision && (await saidAlready(tx, review, comments)))
      return {
        result: review,
        audit: {
          action: "postmortem.review.decide",
          entityType: "PostmortemReview",
          entityId: review.id,
          after: { state: review.state },
        },
      };
    const decided = await tx.postmortemReview.update({
      where: { id: review.id },
      data: {
        state: data.decision,
        decidedAt: ctx.now,
        comments: { create: comments.map((c) => ({ ...c, authorId: review.reviewerId, createdAt: ctx.now })) },
      },
    });
    // One after the other: a transaction is one connection, which runs one statement at a time.
    const incident = await tx.incident.findUniqueOrThrow({
      where: { id: postmortem.incidentId },
      select: { id: true, number: true, title: true },
    });
    const author = await tx.user.findUnique({
      where: { id: postmortem.authorId ?? review.requestedById ?? "" },
      select: { id: true, email: true, active: true },
    });
    if (author?.active && author.id !== review.reviewerId) {
      const word = REVIEW_STATE[data.decision].label;
      await notifyAboutReview(
        tx,
        {
          postmortemId: postmortem.id,
          incidentId: incident.id,
          incidentNumber: incident.number,
          incidentTitle: incident.title,
        },
        author,
        `postmortem-decision:${review.id}:${ctx.now.getTime()}`,
        {
          subject: word,
          lines: [
            `${ctx.actor.label}: ${word.toLowerCase()} (revision ${postmortem.revision}).`,
            ...(comments.length ? ["", ...comments.map((c) => `- ${c.body}`)] : []),
          ],
        },
        ctx.now,
      );
    }
    return {
      result: decided,
      audit: {
        action: "postmortem.review.decide",
        entityType: "PostmortemReview",
        entityId: review.id,
        before: { state: review.state },
        after: { state: decided.state, revision: postmortem.revision, comments: comments.length },
      },
      event: { type: "postmortem.changed", id: postmortem.id },
    };
  });
}
