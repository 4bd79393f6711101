// Starting a runbook run: for an incident (the bridge's checklist) or for a DR test run (a drill's
// or a recorded test's), never both.
import { z } from "zod";
import { RUNBOOK_LIMITS, STEP_OUTCOMES } from "./runbooks/vocabulary";
import { ID_MAX, text } from "./text";

const id = (what: string) => text(ID_MAX, { error: `${what} is required` }).min(1, `${what} is required`);

export const startRunbookRunSchema = z
  .object({
    runbookId: id("Runbook"),
    incidentId: id("Incident").optional(),
    drTestRunId: id("DR test run").optional(),
  })
  .refine((v) => (v.incidentId === undefined) !== (v.drTestRunId === undefined), {
    message: "Run a runbook for an incident or for a DR test run",
    path: ["incidentId"],
  });
export type StartRunbookRunInput = z.infer<typeof startRunbookRunSchema>;

// Recording one step of a run. A skip needs its reason and a failure its note (both in `note`),
// so the record says why; `changed` is what the responders did differently from the written
// step, and any such answer marks the run modified (the plan was not accurate).
export const recordRunStepSchema = z
  .object({
    runId: id("Run"),
    stepId: id("Step"),
    outcome: z.enum(STEP_OUTCOMES, { error: "Choose Done, Skipped or Failed" }),
    note: z.preprocess((v) => v ?? "", text(RUNBOOK_LIMITS.note)),
    changed: z.preprocess((v) => v ?? "", text(RUNBOOK_LIMITS.note)),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "SKIPPED" && !v.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say why the step was skipped" });
    if (v.outcome === "FAILED" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Say what failed" });
  });
export type RecordRunStepInput = z.infer<typeof recordRunStepSchema>;

export const completeRunSchema = z.object({ runId: id("Run") });
