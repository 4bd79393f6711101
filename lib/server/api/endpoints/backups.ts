import "server-only";
import { listBackups } from "../../backups/list-backups";
import { reportVerification } from "../../backups/report-verification";
import { backupPoliciesJson } from "../backups-json";
import { endpoint } from "../endpoint";
import { BackupPolicyList, BackupVerification, BackupVerificationResult } from "../schemas/backups";

// Backups: the policies with their RPO state, and verifications reported by backup jobs.

const tag = "Disaster recovery";

export const listBackupPolicies = endpoint({
  method: "GET",
  path: "/api/v1/backups",
  operationId: "listBackupPolicies",
  summary: "List backup policies",
  description: "Each policy with its newest verification and the RPO state of the data asset it protects.",
  tag,
  scope: "dr:read",
  responses: { 200: { description: "Every backup policy", schema: BackupPolicyList } },
  handler: async (ctx) => ({ body: { items: backupPoliciesJson(await listBackups(ctx)), nextCursor: null } }),
});

export const reportBackupVerification = endpoint({
  method: "POST",
  path: "/api/v1/backups",
  operationId: "reportBackupVerification",
  summary: "Report a backup verification",
  description:
    "Records that a backup policy's copy was checked. A good one moves the policy's last verified time " +
    "(never backwards) and the data asset's RPO state is judged again at once. The key (the Idempotency-Key " +
    "header, or `idempotencyKey` in the body) is stored with the verification for good: a resend with it, from " +
    "any token and at any time, gets the first answer again with `Idempotent-Replayed: true` and stores " +
    "nothing; the key with a different verification is 409.",
  tag,
  scope: "backups:write",
  body: BackupVerification,
  errors: [409],
  responses: {
    201: {
      description: "The verification (recorded now, or earlier under the same key)",
      schema: BackupVerificationResult,
    },
  },
  handler: async (ctx, { raw, request }) => {
    // The header key also reaches the service, so the verification row keeps it beyond the API's
    // 24-hour replay window, and a resend from another token is still recognised.
    const { created, verification } = await reportVerification(ctx, raw, request.headers.get("idempotency-key"));
    const headers: Record<string, string> = created ? {} : { "idempotent-replayed": "true" };
    return { status: 201, body: verification, headers };
  },
});
