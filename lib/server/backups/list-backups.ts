import "server-only";
import { newest, rpoHeadline, rpoState } from "@/lib/domain/recovery";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** How many verifications each policy's history shows. */
export const VERIFICATION_HISTORY = 20;

/** /dr/backups: each data asset's RPO state, and each policy with its recent verifications. */
export async function listBackups(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const [policies, assets] = await Promise.all([
    db.backupPolicy.findMany({
      orderBy: { key: "asc" },
      include: {
        dataAsset: { select: { slug: true, name: true } },
        verifications: { orderBy: [{ verifiedAt: "desc" }, { createdAt: "desc" }], take: VERIFICATION_HISTORY },
      },
    }),
    db.dataAsset.findMany({
      orderBy: [{ rpoMinutes: "asc" }, { name: "asc" }],
      include: { backupPolicies: { select: { lastVerifiedAt: true } } },
    }),
  ]);
  // An asset is as safe as its freshest verified copy, whichever tier holds it.
  const assetStates = assets.map(({ backupPolicies, ...a }) => {
    const lastVerifiedAt = newest(backupPolicies.map((b) => b.lastVerifiedAt));
    const evaluation = rpoState(a, lastVerifiedAt, ctx.now);
    return { ...a, lastVerifiedAt, ...evaluation, headline: rpoHeadline(a, evaluation) };
  });
  return { policies, assets: assetStates };
}
