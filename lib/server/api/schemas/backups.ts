import "server-only";
import { z } from "zod";
import { apiVerificationSchema } from "@/lib/domain/backup-verification-input";
import { RPO_STATES } from "@/lib/domain/recovery";
import { named } from "../schema-registry";
import { nullableTime, page, time } from "./common";

// Backups on the wire: a verification as backup jobs report it, and each policy with the RPO state
// of the data asset it protects (lib/server/api/backups-json.ts builds exactly this).

export const BackupVerification = named("BackupVerification", apiVerificationSchema);

export const BackupVerificationResult = named(
  "BackupVerificationResult",
  z.object({
    id: z.string(),
    policy: z.string(),
    verifiedAt: time,
    ok: z.boolean(),
    note: z.string(),
    source: z.string().describe("`api:<token name>` or `manual:<email>`."),
    idempotencyKey: z.string().nullable(),
  }),
);

const Rpo = named(
  "RpoEvaluation",
  z.object({
    state: z.enum(RPO_STATES),
    basis: z.enum(["BACKUP", "REPLICATION"]).describe("Judged by backup age, or (RPO 0) by replication lag."),
    ageMinutes: z.number().nullable().describe("Age of the newest verified copy, for a backup-judged asset."),
    lagSeconds: z.number().nullable().describe("The reported lag, for a replication-judged asset with a fresh report."),
    reason: z.string(),
  }),
);

export const BackupPolicy = named(
  "BackupPolicy",
  z.object({
    key: z.string().describe("Names the policy in `POST /api/v1/backups`."),
    name: z.string(),
    tier: z.string(),
    location: z.string(),
    frequency: z.string(),
    retention: z.string(),
    lastVerifiedAt: nullableTime.describe("The newest good verification; a failed one does not move it."),
    lastVerification: z
      .object({ verifiedAt: time, ok: z.boolean(), note: z.string(), source: z.string() })
      .nullable()
      .describe("The newest verification, good or failed."),
    dataAsset: z
      .object({ slug: z.string(), name: z.string(), rpoMinutes: z.number().int(), rpo: Rpo })
      .nullable()
      .describe("The data asset the policy protects, judged on its freshest copy of any tier."),
  }),
);

export const BackupPolicyList = named(
  "BackupPolicyList",
  page(BackupPolicy).describe("Every backup policy on one page (`nextCursor` is null)."),
);
