import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { newest, rpoHeadline, rpoNoticeStep, rpoState } from "@/lib/domain/recovery";
import { appUrl } from "../app-url";
import { createDeliveries } from "../notify/create-deliveries";
import { recipientsOfUser } from "../notify/recipients";

/** The people who own disaster recovery: every active commander and admin. */
async function drOwners(tx: Tx) {
  return tx.user.findMany({
    where: { active: true, role: { in: ["ADMIN", "COMMANDER"] } },
    select: { id: true, email: true },
    orderBy: { email: "asc" },
  });
}

/**
 * Judges the RPO of the given data assets (all when `assetIds` is absent) at `now` and acts on
 * each change once: a new breach stamps rpoBreachNotifiedAt and mails the DR owners through the
 * delivery pipeline; an asset back within its RPO has the stamp cleared, so its next breach is
 * announced again. The stamp is set only where it is still empty, so two watchers racing make
 * one notice; the delivery key names the stamp, so a re-run of the same breach sends nothing twice.
 * Returns the slugs announced.
 */
export async function checkRpo(tx: Tx, now: Date, assetIds?: string[]): Promise<string[]> {
  const assets = await tx.dataAsset.findMany({
    where: assetIds ? { id: { in: assetIds } } : {},
    include: { backupPolicies: { select: { lastVerifiedAt: true } } },
    orderBy: { slug: "asc" },
  });
  const announced: string[] = [];
  for (const asset of assets) {
    const evaluation = rpoState(asset, newest(asset.backupPolicies.map((b) => b.lastVerifiedAt)), now);
    const step = rpoNoticeStep(evaluation.state, asset.rpoBreachNotifiedAt);
    if (step === "CLEAR") {
      await tx.dataAsset.updateMany({ where: { id: asset.id }, data: { rpoBreachNotifiedAt: null } });
      continue;
    }
    if (step !== "ANNOUNCE") continue;
    const { count } = await tx.dataAsset.updateMany({
      where: { id: asset.id, rpoBreachNotifiedAt: null },
      data: { rpoBreachNotifiedAt: now },
    });
    if (count === 0) continue;
    const headline = rpoHeadline(asset, evaluation);
    await createDeliveries(
      tx,
      { incidentId: null, keyPrefix: `rpo-breach:${asset.id}:${now.toISOString()}` },
      (await drOwners(tx)).flatMap(recipientsOfUser),
      {
        subject: `RPO breached: ${asset.name}`,
        body: [
          `${asset.name} is outside its recovery point objective: ${headline}.`,
          evaluation.reason,
          `Record a verification or look into the backups: ${appUrl("/dr/backups")}`,
        ].join("\n\n"),
      },
      now,
    );
    announced.push(asset.slug);
  }
  return announced;
}
