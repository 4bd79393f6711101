"use server";

import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { completeRunbookRun } from "@/lib/server/runbooks/complete-run";
import { recordRunStep } from "@/lib/server/runbooks/record-step";
import { startRunbookRun } from "@/lib/server/runbooks/start-run";

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
};
const filled = (form: FormData, key: string) => text(form, key)?.trim() || undefined;

// The page showing the checklist (an incident's, a DR test's); only such console paths are re-rendered.
const page = (form: FormData) => {
  const path = text(form, "path") ?? "";
  return /^\/(incidents|dr)\/[\w/-]{1,200}$/.test(path) ? path : "/incidents";
};

export async function startRunAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({
      runbookId: text(f, "runbookId"),
      incidentId: filled(f, "incidentId"),
      drTestRunId: filled(f, "drTestRunId"),
    }),
    startRunbookRun,
    { revalidate: page(form), success: "Runbook run started." },
  );
}

export async function recordStepAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({
      runId: text(f, "runId"),
      stepId: text(f, "stepId"),
      outcome: text(f, "outcome"),
      note: text(f, "note") ?? "",
      changed: text(f, "changed") ?? "",
    }),
    recordRunStep,
    { revalidate: page(form), success: "Step recorded." },
  );
}

export async function completeRunAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ runId: text(f, "runId") }), completeRunbookRun, {
    revalidate: page(form),
    success: "Run completed.",
  });
}
