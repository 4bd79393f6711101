import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { postmortemByIdSchema } from "@/lib/domain/postmortem/review";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockPostmortem } from "./editable";

/**
 * Opens a published postmortem for changes as its next revision. Earlier publications and their
 * reviews stay as they were; the new revision is reviewed and published on its own.
 */
export async function openRevision(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", postmortemByIdSchema, input, async (tx, data) => {
    const before = await lockPostmortem(tx, data.postmortemId);
    if (before.status !== "PUBLISHED")
      throw new DomainError("CONFLICT", "Only a published postmortem can be opened as a new revision.", {
        postmortemId: ["Not published"],
      });
    const after = await tx.postmortem.update({
      where: { id: before.id },
      data: { status: "DRAFT", revision: before.revision + 1, publishedAt: null, publishedById: null },
    });
    return {
      result: after,
      audit: {
        action: "postmortem.revision.open",
        entityType: "Postmortem",
        entityId: before.id,
        before: { status: before.status, revision: before.revision },
        after: { status: after.status, revision: after.revision },
      },
      event: { type: "postmortem.changed", id: before.id },
    };
  });
}
