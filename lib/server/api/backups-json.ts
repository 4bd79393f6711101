import "server-only";
import type { listBackups } from "../backups/list-backups";

// GET /api/v1/backups (schemas/backups.ts `BackupPolicy`): each policy with its newest
// verification and the RPO state of its data asset.

type Backups = Awaited<ReturnType<typeof listBackups>>;

export function backupPoliciesJson({ policies, assets }: Backups) {
  const bySlug = new Map(assets.map((a) => [a.slug, a]));
  return policies.map((p) => {
    const asset = p.dataAsset ? bySlug.get(p.dataAsset.slug) : undefined;
    const last = p.verifications[0];
    return {
      key: p.key,
      name: p.name,
      tier: p.tier,
      location: p.location,
      frequency: p.frequency,
      retention: p.retention,
      lastVerifiedAt: p.lastVerifiedAt,
      lastVerification: last
        ? { verifiedAt: last.verifiedAt, ok: last.ok, note: last.note, source: last.source }
        : null,
      dataAsset: asset
        ? {
            slug: asset.slug,
            name: asset.name,
            rpoMinutes: asset.rpoMinutes,
            rpo: {
              state: asset.state,
              basis: asset.basis,
              ageMinutes: asset.ageMinutes,
              lagSeconds: asset.lagSeconds,
              reason: asset.reason,
            },
          }
        : null,
    };
  });
}
