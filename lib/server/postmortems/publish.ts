import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { postmortemByIdSchema, publishBlocker } from "@/lib/domain/postmortem/review";
import { actingUserId, type Ctx } from "../context";
import { emit } from "../events";
import { recordEvent } from "../incidents/record-event";
import { mutate } from "../mutate";
import { loadPostmortemDocument } from "./document";
import { lockEditablePostmortem } from "./editable";

/**
 * Publishes the current revision once a reviewer approved it and no request for changes is
 * outstanding. The published text is kept as it was (a publication per revision), the
 * postmortem becomes read-only, and the incident's timeline records it.
 */
export async function publishPostmortem(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", postmortemByIdSchema, input, async (tx, data) => {
    const before = await lockEditablePostmortem(tx, data.postmortemId);
    const reviews = await tx.postmortemReview.findMany({
      where: { postmortemId: before.id, revision: before.revision },
      select: { state: true },
    });
    const blocker = publishBlocker(before.status, reviews);
    if (blocker) throw new DomainError("CONFLICT", blocker, { postmortemId: [blocker] });

    const publishedById = actingUserId(ctx);
    await tx.postmortem.update({
      where: { id: before.id },
      data: { status: "PUBLISHED", publishedAt: ctx.now, publishedById },
    });
    // Read after the status change so the kept text says "Published" with its date and publisher.
    const { markdown, incidentId } = await loadPostmortemDocument(tx, before.id);
    const publication = await tx.postmortemPublication.create({
      data: { postmortemId: before.id, revision: before.revision, markdown, publishedAt: ctx.now, publishedById },
    });
    await recordEvent(tx, ctx, incidentId, "UPDATED", `Postmortem published (revision ${before.revision})`, {
      postmortemId: before.id,
      revision: before.revision,
    });
    // The incident's page shows the new timeline entry live, as the postmortem's page shows the publication.
    await emit(tx, { type: "incident.changed", id: incidentId });
    const after = await tx.postmortem.findUniqueOrThrow({ where: { id: before.id } });
    return {
      result: { postmortem: after, publication },
      audit: {
        action: "postmortem.publish",
        entityType: "Postmortem",
        entityId: before.id,
        before: { status: before.status },
        after: { status: after.status, revision: after.revision, publishedAt: after.publishedAt },
      },
      event: { type: "postmortem.changed", id: before.id },
    };
  });
}
