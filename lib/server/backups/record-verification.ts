import "server-only";
import { fromManual, manualVerificationSchema } from "@/lib/domain/backup-verification-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { storeVerification } from "./store-verification";

/** A backup verified by hand on /dr/backups, recorded as "manual:<email>". */
export async function recordVerification(ctx: Ctx, input: unknown) {
  return mutate(ctx, "backup:record", manualVerificationSchema, input, async (tx, data) => {
    const { verification, policyKey } = await storeVerification(
      tx,
      fromManual(data),
      `manual:${ctx.actor.label}`,
      ctx.now,
    );
    return {
      result: verification,
      audit: {
        action: "backup.verification.record",
        entityType: "BackupVerification",
        entityId: verification.id,
        after: { ...verification, policy: policyKey },
      },
      event: { type: "recovery" },
    };
  });
}
