import "server-only";
import { backupPolicySchema } from "@/lib/domain/backup-policy-input";
import { DomainError } from "@/lib/domain/errors";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { checkRpo } from "./check-rpo";

/**
 * Changes a backup policy: how a tier's copies are made and which data asset they protect.
 * Moving a policy to another asset changes both assets' RPO state, so both are judged again.
 */
export async function updateBackupPolicy(ctx: Ctx, input: unknown) {
  return mutate(ctx, "dr:manage", backupPolicySchema, input, async (tx, { key, dataAsset, ...fields }) => {
    const before = await tx.backupPolicy.findUnique({ where: { key } });
    if (!before) throw new DomainError("NOT_FOUND", "Unknown backup policy", { key: ["No such backup policy"] });
    const asset = dataAsset
      ? await tx.dataAsset.findUnique({ where: { slug: dataAsset }, select: { id: true } })
      : null;
    if (dataAsset && !asset)
      throw new DomainError("VALIDATION", "Unknown data asset", {
        dataAsset: [`No data asset has the slug "${dataAsset}"`],
      });
    const after = await tx.backupPolicy.update({
      where: { key },
      data: { ...fields, dataAssetId: asset?.id ?? null },
    });
    const touched = [before.dataAssetId, after.dataAssetId].filter((id): id is string => id !== null);
    await checkRpo(tx, ctx.now, [...new Set(touched)]);
    return {
      result: after,
      audit: { action: "backup.policy.update", entityType: "BackupPolicy", entityId: after.id, before, after },
      event: { type: "recovery" },
    };
  });
}
