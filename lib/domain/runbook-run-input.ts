// Starting a runbook run: for an incident (the bridge's checklist) or for a DR test run (a drill's
// or a recorded test's), never both.
import { z } from "zod";
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
