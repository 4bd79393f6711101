// Editing a backup policy on /dr/backups: where a tier's copies live and how they are made. The
// key names the policy and never changes; every other field is free text from the plan's wording.
import { z } from "zod";
import { ID_MAX, text } from "./text";

/** Each descriptive field is a short phrase ("hourly sync", "AES-256"). */
export const POLICY_TEXT_MAX = 120;
/** The scope is a list of paths, typed one per line. */
export const POLICY_SCOPE_MAX_ITEMS = 50;

const phrase = text(POLICY_TEXT_MAX, { error: "Enter text" });

export const BACKUP_POLICY_FIELDS = [
  "location",
  "replication",
  "frequency",
  "retention",
  "encryption",
  "compression",
  "integrityCheck",
] as const;

export const backupPolicySchema = z.object({
  key: text(ID_MAX, { error: "Policy is required" }).min(1, "Policy is required"),
  name: text(POLICY_TEXT_MAX, { error: "Name is required" }).min(1, "Name is required"),
  tier: text(40, { error: "Tier is required" }).min(1, "Tier is required"),
  location: phrase,
  replication: phrase,
  frequency: phrase,
  retention: phrase,
  encryption: phrase,
  compression: phrase,
  integrityCheck: phrase,
  // A textarea's lines (or an array from the API), blank lines dropped, each a path.
  scope: z
    .preprocess(
      (v) => (typeof v === "string" ? v.split(/\r?\n/) : v),
      z.array(text(200, { error: "Enter one path per line" }), { error: "Enter one path per line" }),
    )
    .transform((lines) => [...new Set(lines.filter(Boolean))])
    .refine((lines) => lines.length <= POLICY_SCOPE_MAX_ITEMS, `At most ${POLICY_SCOPE_MAX_ITEMS} paths`),
  // The data asset's slug; empty for a policy that protects no tracked asset (e.g. templates).
  dataAsset: z.preprocess(
    (v) => (v === null || v === undefined ? "" : v),
    text(ID_MAX, { error: "Choose a data asset" }),
  ),
});
export type BackupPolicyInput = z.infer<typeof backupPolicySchema>;
