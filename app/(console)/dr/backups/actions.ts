"use server";

import { BACKUP_POLICY_FIELDS } from "@/lib/domain/backup-policy-input";
import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { recordVerification } from "@/lib/server/backups/record-verification";
import { updateBackupPolicy } from "@/lib/server/backups/update-policy";

const POLICY_FIELDS = ["key", "name", "tier", ...BACKUP_POLICY_FIELDS, "scope", "dataAsset"] as const;
const VERIFICATION_FIELDS = ["policy", "verifiedAt", "outcome", "note"] as const;

const pick = (fields: readonly string[]) => (form: FormData) =>
  Object.fromEntries(fields.map((k) => [k, form.get(k) ?? ""]));

export async function updateBackupPolicyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, pick(POLICY_FIELDS), updateBackupPolicy, {
    revalidate: "/dr/backups",
    success: "Policy saved.",
  });
}

export async function recordVerificationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  // A missing radio choice is absent from the form, not empty: zod then names the field.
  const input = (f: FormData) => ({ ...pick(VERIFICATION_FIELDS)(f), outcome: f.get("outcome") ?? undefined });
  return runAction(form, input, recordVerification, {
    revalidate: "/dr/backups",
    success: "Verification recorded.",
  });
}
