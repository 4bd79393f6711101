// A data asset of the test's own with one policy, so tests never depend on the seeded assets' state.
import { db } from "@/lib/server/db";

const MIN = 60_000;

export async function ownAsset(rpoMinutes: number, lastVerifiedMinutesAgo: number | null, now = new Date()) {
  const service = await db.service.findFirstOrThrow();
  const tag = Math.random().toString(36).slice(2, 8);
  const asset = await db.dataAsset.create({
    data: { serviceId: service.id, slug: `asset-${tag}`, name: `Asset ${tag}`, rpoMinutes },
  });
  const policy = await db.backupPolicy.create({
    data: {
      key: `policy-${tag}`,
      name: `Policy ${tag}`,
      tier: "primary",
      dataAssetId: asset.id,
      scope: [],
      lastVerifiedAt: lastVerifiedMinutesAgo === null ? null : new Date(now.getTime() - lastVerifiedMinutesAgo * MIN),
    },
  });
  return { asset, policy };
}
