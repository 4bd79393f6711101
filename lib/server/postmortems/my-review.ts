import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { actingUserId, type Ctx } from "../context";

/** The acting person's review of the postmortem's current revision, if they were asked for one. */
export async function myReview(tx: Tx, ctx: Ctx, postmortem: { id: string; revision: number }) {
  const me = actingUserId(ctx);
  if (!me) return null;
  return tx.postmortemReview.findUnique({
    where: {
      postmortemId_revision_reviewerId: { postmortemId: postmortem.id, revision: postmortem.revision, reviewerId: me },
    },
  });
}
