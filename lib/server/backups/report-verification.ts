import "server-only";
import { apiVerificationSchema } from "@/lib/domain/backup-verification-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { sampleSource } from "../slo/ingest-samples";
import { storeVerification } from "./store-verification";

export type ReportedVerification = {
  id: string;
  policy: string;
  verifiedAt: string;
  ok: boolean;
  note: string;
  source: string;
  idempotencyKey: string | null;
};

/**
 * POST /api/v1/backups: a backup job reports a verification, recorded as "api:<token name>". The
 * `Idempotency-Key` header (or the body's `idempotencyKey`) makes a resend the same answer with no
 * second row; `created` says which it was.
 */
export async function reportVerification(
  ctx: Ctx,
  input: unknown,
  headerKey: string | null,
): Promise<{ created: boolean; verification: ReportedVerification }> {
  const body = headerKey && input && typeof input === "object" ? { ...input, idempotencyKey: headerKey } : input;
  return mutate(ctx, "backup:record", apiVerificationSchema, body, async (tx, data) => {
    const stored = await storeVerification(tx, data, sampleSource(ctx), ctx.now);
    const v = stored.verification;
    const verification = {
      id: v.id,
      policy: stored.policyKey,
      verifiedAt: v.verifiedAt.toISOString(),
      ok: v.ok,
      note: v.note,
      source: v.source,
      idempotencyKey: v.idempotencyKey,
    };
    return {
      result: { created: stored.created, verification },
      audit: {
        action: stored.created ? "backup.verification.report" : "backup.verification.replay",
        entityType: "BackupVerification",
        entityId: v.id,
        after: verification,
      },
      event: stored.created ? { type: "recovery" } : undefined,
    };
  });
}
