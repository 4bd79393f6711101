// Input shape of an escalation policy as the admin edits it (whole policy: levels in order,
// each with its targets), and the plan for applying it to the levels already stored.
import { z } from "zod";
import { emailSchema } from "./matrix-input";
import { ID_MAX, text as safeText } from "./text";

export const MAX_REPEAT = 10;
export const MAX_LEVELS = 20;
export const MAX_ESCALATE_AFTER = 1440;

const text = (label: string, max: number) =>
  safeText(max, { error: `${label} is required` }).min(1, `${label} is required`);

// A blank box is a missing answer, not zero.
const wholeNumber = (min: number, max: number, unit: string) =>
  z
    .preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? Number.NaN : v),
      z.coerce.number({ error: `Enter a whole number of ${unit}` }),
    )
    .refine(Number.isInteger, `Enter a whole number of ${unit}`)
    .refine((n) => n >= min && n <= max, `Between ${min} and ${max} ${unit}`);

export const targetSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("USER"), userId: safeText(ID_MAX, { error: "Choose a user" }).min(1, "Choose a user") }),
    z.object({ kind: z.literal("EMAIL"), email: emailSchema }),
  ],
  { error: "Choose a user or an e-mail address" },
);
export type TargetInput = z.infer<typeof targetSchema>;

export const levelSchema = z
  .object({
    id: safeText(ID_MAX).min(1).optional(),
    name: text("Name", 120),
    roleLabel: safeText(120).default(""),
    escalateAfterMinutes: wholeNumber(1, MAX_ESCALATE_AFTER, "minutes"),
    targets: z
      .array(targetSchema, { error: "Add at least one user or e-mail address" })
      .min(1, "Add at least one user or e-mail address"),
  })
  .superRefine((level, issues) => {
    const seen = new Set<string>();
    level.targets.forEach((t, i) => {
      const key = t.kind === "USER" ? `u:${t.userId}` : `e:${t.email}`;
      if (seen.has(key))
        issues.addIssue({
          code: "custom",
          path: ["targets", i, t.kind === "USER" ? "userId" : "email"],
          message: "Listed twice in this level",
        });
      seen.add(key);
    });
  });
export type LevelInput = z.infer<typeof levelSchema>;

const policyFields = {
  name: text("Name", 120),
  description: safeText(1000).default(""),
  repeatCount: wholeNumber(0, MAX_REPEAT, "repeats"),
  isDefault: z.boolean({ error: "Say whether this is the default policy" }).default(false),
  levels: z
    .array(levelSchema, { error: "Add at least one level" })
    .min(1, "Add at least one level")
    .max(MAX_LEVELS, `At most ${MAX_LEVELS} levels`),
};

function uniqueLevelIds(policy: { levels: { id?: string }[] }, issues: z.RefinementCtx) {
  const seen = new Set<string>();
  policy.levels.forEach((level, i) => {
    if (!level.id) return;
    if (seen.has(level.id))
      issues.addIssue({ code: "custom", path: ["levels", i, "id"], message: "This level appears twice" });
    seen.add(level.id);
  });
}

export const createPolicySchema = z.object(policyFields).superRefine(uniqueLevelIds);
export type CreatePolicyInput = z.infer<typeof createPolicySchema>;

export const savePolicySchema = z.object({ id: text("Policy", ID_MAX), ...policyFields }).superRefine(uniqueLevelIds);
export type SavePolicyInput = z.infer<typeof savePolicySchema>;

export type StoredLevel = { id: string; name: string; pageCount: number };

export type LevelPlan = {
  /** Existing levels kept, with their new position (1-based, in the order given). */
  update: { id: string; index: number; position: number }[];
  /** New levels, created at `position`. */
  create: { index: number; position: number }[];
  /** Stored levels no longer listed and never paged: safe to delete. */
  remove: string[];
  /** Stored levels no longer listed but already paged: kept by the incidents that paged them. */
  blocked: StoredLevel[];
  /** Listed ids that are not levels of this policy. */
  unknown: { index: number; id: string }[];
};

/** Matches the edited levels to the stored ones by id; positions follow the edited order. */
export function planLevels(stored: StoredLevel[], edited: { id?: string }[]): LevelPlan {
  const byId = new Map(stored.map((l) => [l.id, l]));
  const listed = new Set(edited.flatMap((l) => (l.id ? [l.id] : [])));
  const plan: LevelPlan = { update: [], create: [], remove: [], blocked: [], unknown: [] };
  edited.forEach((level, index) => {
    const position = index + 1;
    if (!level.id) plan.create.push({ index, position });
    else if (byId.has(level.id)) plan.update.push({ id: level.id, index, position });
    else plan.unknown.push({ index, id: level.id });
  });
  for (const level of stored) {
    if (listed.has(level.id)) continue;
    if (level.pageCount > 0) plan.blocked.push(level);
    else plan.remove.push(level.id);
  }
  return plan;
}
