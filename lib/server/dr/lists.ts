import "server-only";
import { newest, rpoState } from "@/lib/domain/recovery";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

export async function listRunbooks(ctx: Ctx) {
  authorize(ctx, "plan:read");
  return db.runbook.findMany({
    orderBy: [{ category: "desc" }, { key: "asc" }],
    include: { steps: { orderBy: { position: "asc" } }, _count: { select: { runs: true } } },
  });
}

export async function listDrTests(ctx: Ctx) {
  authorize(ctx, "plan:read");
  return db.drTest.findMany({
    orderBy: [{ cadence: "asc" }, { key: "asc" }],
    include: { runs: { orderBy: { startedAt: "desc" }, take: 5 } },
  });
}

export async function listBackups(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const [policies, assets] = await Promise.all([
    db.backupPolicy.findMany({ orderBy: { key: "asc" }, include: { dataAsset: true } }),
    db.dataAsset.findMany({
      orderBy: { rpoMinutes: "asc" },
      include: { backupPolicies: { select: { lastVerifiedAt: true } } },
    }),
  ]);
  // An asset is as safe as its freshest verified copy, whichever tier holds it.
  const assetStates = assets.map(({ backupPolicies, ...a }) => {
    const lastVerifiedAt = newest(backupPolicies.map((b) => b.lastVerifiedAt));
    return { ...a, lastVerifiedAt, ...rpoState(a, lastVerifiedAt, ctx.now) };
  });
  return { policies, assets: assetStates };
}
