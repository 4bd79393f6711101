import "server-only";
import { newest, rpoState } from "@/lib/domain/recovery";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** Each data asset's RPO state at `ctx.now`: newest verified backup, or for an RPO of 0 the replication lag. */
export async function listRpo(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const assets = await db.dataAsset.findMany({
    orderBy: [{ rpoMinutes: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      rpoMinutes: true,
      replicationLagSeconds: true,
      replicationReportedAt: true,
      service: { select: { name: true } },
      backupPolicies: { select: { lastVerifiedAt: true } },
    },
  });
  return assets.map(({ backupPolicies, ...asset }) => {
    const lastVerifiedAt = newest(backupPolicies.map((b) => b.lastVerifiedAt));
    return { ...asset, lastVerifiedAt, rpo: rpoState(asset, lastVerifiedAt, ctx.now) };
  });
}
