// The runbook editor's shape: a runbook's fields, its ordered steps and the required note on
// what changed. Shared by the form, its action and the save service; errors name each field
// as the form does ("steps.2.title"), so they show next to the step they belong to.
import { z } from "zod";
import { ID_MAX, optionalText, text } from "../text";
import { RUNBOOK_LIMITS as L } from "./vocabulary";

const required = (max: number, what: string) =>
  text(max, { error: `${what} is required` }).min(1, `${what} is required`);
const optional = (max: number) => z.preprocess((v) => v ?? "", text(max));

export const runbookStepSchema = z.object({
  /** The stored step's id; absent for a step added in this edit. */
  id: optionalText(ID_MAX),
  title: required(L.stepTitle, "Step title"),
  description: optional(L.stepText),
  command: optional(L.stepText),
  expectedResult: optional(L.stepText),
});
export type RunbookStepInput = z.infer<typeof runbookStepSchema>;

export const saveRunbookSchema = z.object({
  /** Absent when creating. */
  runbookId: optionalText(ID_MAX),
  // Only read when creating: the key is the runbook's address and never changes.
  key: z.preprocess(
    (v) => v ?? "",
    text(L.key).refine((v) => v === "" || /^[a-z0-9][a-z0-9_-]*$/.test(v), {
      message: "Lower-case letters, digits, - and _ only, e.g. region-failover",
    }),
  ),
  title: required(L.title, "Title"),
  category: required(L.category, "Category"),
  description: optional(L.description),
  steps: z
    .array(runbookStepSchema, { error: "Add at least one step" })
    .min(1, "Add at least one step")
    .max(L.steps, `At most ${L.steps} steps`),
  note: required(L.note, "Say what changed"),
});
export type SaveRunbookInput = z.infer<typeof saveRunbookSchema>;

const STEP_FIELDS = ["id", "title", "description", "command", "expectedResult"] as const;

/**
 * The editor's flat fields ("steps.0.title" …) back into the nested input. Steps are read in
 * index order up to the first index with no title field, so a removed step leaves no gap.
 */
export function runbookFromFields(get: (name: string) => string | undefined): Record<string, unknown> {
  const steps: Record<string, string | undefined>[] = [];
  for (let i = 0; get(`steps.${i}.title`) !== undefined && i <= L.steps; i++)
    steps.push(Object.fromEntries(STEP_FIELDS.map((f) => [f, get(`steps.${i}.${f}`)])));
  return {
    runbookId: get("runbookId") || undefined,
    key: get("key") ?? "",
    title: get("title") ?? "",
    category: get("category") ?? "",
    description: get("description") ?? "",
    note: get("note") ?? "",
    steps,
  };
}
