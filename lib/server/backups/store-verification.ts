import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { futureTimeError, type Verification } from "@/lib/domain/backup-verification-input";
import { DomainError } from "@/lib/domain/errors";
import type { BackupVerification } from "@/lib/generated/prisma/client";
import { newId } from "../jobs/new-id";
import { checkRpo } from "./check-rpo";

export type Stored = { verification: BackupVerification; policyKey: string; created: boolean };

/**
 * Stores one verification of a policy, the rules both ways of recording share: the policy must
 * exist, the time may not be ahead of `now` by more than a few minutes, an idempotency key seen
 * before answers with the row it made (no second row) or, for a different verification, a
 * conflict; and only a good copy moves lastVerifiedAt, never backwards. The asset's RPO state is judged again at once, so a breach is announced (or
 * forgotten) without waiting for the next watch round.
 */
export async function storeVerification(tx: Tx, v: Verification, source: string, now: Date): Promise<Stored> {
  if (v.idempotencyKey) {
    const seen = await tx.backupVerification.findUnique({
      where: { idempotencyKey: v.idempotencyKey },
      include: { policy: true },
    });
    if (seen) {
      // The same key with another verification is a client's mistake, never a silent replay of the first.
      const same =
        seen.policy.key === v.policy &&
        seen.verifiedAt.getTime() === v.verifiedAt.getTime() &&
        seen.ok === v.ok &&
        seen.note === v.note;
      if (!same)
        throw new DomainError("CONFLICT", "This idempotency key was used for another verification", {
          idempotencyKey: ["Already used for a different verification; send a new key"],
        });
      return { verification: seen, policyKey: seen.policy.key, created: false };
    }
  }
  const policy = await tx.backupPolicy.findUnique({ where: { key: v.policy } });
  if (!policy)
    throw new DomainError("VALIDATION", "Invalid input: policy", {
      policy: [`No backup policy has the key "${v.policy}"`],
    });
  const ahead = futureTimeError(v.verifiedAt, now);
  if (ahead) throw new DomainError("VALIDATION", "Invalid input: verifiedAt", { verifiedAt: [ahead] });
  // A concurrent request with the same key waits on the unique index, then finds the first one's row.
  const id = newId();
  const { count } = await tx.backupVerification.createMany({
    data: [
      {
        id,
        policyId: policy.id,
        verifiedAt: v.verifiedAt,
        ok: v.ok,
        source,
        note: v.note,
        idempotencyKey: v.idempotencyKey ?? null,
      },
    ],
    skipDuplicates: true,
  });
  const verification = await tx.backupVerification.findUniqueOrThrow({
    where: count === 1 ? { id } : { idempotencyKey: v.idempotencyKey },
  });
  if (count === 1 && v.ok) {
    await tx.backupPolicy.updateMany({
      where: { id: policy.id, OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: v.verifiedAt } }] },
      data: { lastVerifiedAt: v.verifiedAt },
    });
  }
  if (policy.dataAssetId) await checkRpo(tx, now, [policy.dataAssetId]);
  return { verification, policyKey: policy.key, created: count === 1 };
}
