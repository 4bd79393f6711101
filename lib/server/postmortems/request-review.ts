import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { requestReviewSchema } from "@/lib/domain/postmortem/review";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { lockEditablePostmortem } from "./editable";
import { notifyAboutReview } from "./review-notice";

/**
 * Asks chosen people to review the current revision. A person already asked and not yet decided
 * is left as is (a retried request changes and sends nothing); one who decided is asked again,
 * their review back to requested. Each newly asked reviewer is told in the app and by e-mail.
 */
export async function requestReview(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", requestReviewSchema, input, async (tx, data) => {
    const before = await lockEditablePostmortem(tx, data.postmortemId);
    const requesterId = actingUserId(ctx);
    const ids = [...new Set(data.reviewerIds)];
    const people = await tx.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, email: true, role: true, active: true },
    });
    const found = new Map(people.map((p) => [p.id, p]));
    const refused = ids.flatMap((id) => {
      const p = found.get(id);
      if (!p) return [`No such person: ${id}`];
      if (!p.active) return [`${p.name} is deactivated`];
      if (p.role === "STAKEHOLDER") return [`${p.name} is a stakeholder and cannot review`];
      if (p.id === requesterId) return [`${p.name} is asking for the review and cannot review it too`];
      return [];
    });
    if (refused.length) throw new DomainError("VALIDATION", refused.join("; "), { reviewerIds: refused });

    const incident = await tx.incident.findUniqueOrThrow({
      where: { id: before.incidentId },
      select: { id: true, number: true, title: true },
    });
    const existing = await tx.postmortemReview.findMany({
      where: { postmortemId: before.id, revision: before.revision, reviewerId: { in: ids } },
    });
    const previous = new Map(existing.map((r) => [r.reviewerId, r]));
    const asked: string[] = [];
    for (const id of ids) {
      const old = previous.get(id);
      if (old?.state === "REQUESTED") continue;
      const review = old
        ? await tx.postmortemReview.update({
            where: { id: old.id },
            data: { state: "REQUESTED", decidedAt: null, requestedById: requesterId },
          })
        : await tx.postmortemReview.create({
            data: { postmortemId: before.id, revision: before.revision, reviewerId: id, requestedById: requesterId },
          });
      // Keyed by the review and the decision it follows: asking again after a decision is a new notice.
      const round = old?.decidedAt ? `after-${old.decidedAt.getTime()}` : "first";
      const reviewer = found.get(id)!;
      await notifyAboutReview(
        tx,
        {
          postmortemId: before.id,
          incidentId: incident.id,
          incidentNumber: incident.number,
          incidentTitle: incident.title,
        },
        reviewer,
        `postmortem-review:${review.id}:${round}`,
        {
          subject: "Review requested",
          lines: [
            `${ctx.actor.label} asks you to review the postmortem of incident #${incident.number} ${incident.title} (revision ${before.revision}).`,
            "Approve it, or request changes with comments on its sections.",
          ],
        },
        ctx.now,
      );
      asked.push(id);
    }
    const after = await tx.postmortem.update({
      where: { id: before.id },
      data: { status: "IN_REVIEW" },
    });
    return {
      result: { postmortem: after, asked },
      audit: {
        action: "postmortem.review.request",
        entityType: "Postmortem",
        entityId: before.id,
        before: { status: before.status },
        after: { status: after.status, revision: after.revision, reviewerIds: ids, asked },
      },
      event: { type: "postmortem.changed", id: before.id },
    };
  });
}
