import "server-only";
import { publicSummarySchema } from "@/lib/domain/postmortem/review";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { publicPageChanged, STATUS_PAGE_CHANGED } from "../status-page/changed";
import { lockPostmortem } from "./editable";

/**
 * Saves the plain-text summary meant for the public and shows or hides it on the incident's
 * status-page entry. It is the only part of a postmortem the public ever sees, so only those who
 * speak for an incident (commanders) decide it; it is not postmortem content, so a published
 * postmortem's summary can still be corrected.
 */
export async function savePublicSummary(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:command", publicSummarySchema, input, async (tx, data) => {
    const before = await lockPostmortem(tx, data.postmortemId);
    const changed = data.publicSummary !== before.publicSummary;
    // A published summary is re-dated when its text changes, so readers' caches and feeds see it as new.
    const publicSummaryAt = data.publish
      ? changed || !before.publicSummaryAt
        ? ctx.now
        : before.publicSummaryAt
      : null;
    const after = await tx.postmortem.update({
      where: { id: before.id },
      data: { publicSummary: data.publicSummary, publicSummaryAt },
      select: { id: true, publicSummary: true, publicSummaryAt: true },
    });
    const shownBefore = before.publicSummaryAt !== null;
    if (shownBefore || data.publish) await publicPageChanged(tx, ctx);
    return {
      result: after,
      audit: {
        action: "postmortem.public-summary",
        entityType: "Postmortem",
        entityId: before.id,
        before: { publicSummary: before.publicSummary, publicSummaryAt: before.publicSummaryAt },
        after,
      },
      event: shownBefore || data.publish ? STATUS_PAGE_CHANGED : { type: "postmortem.changed", id: before.id },
    };
  });
}
