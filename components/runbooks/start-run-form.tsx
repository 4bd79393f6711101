"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { startRunAction } from "./actions";
import type { RunTarget } from "./run-target";

/** Picks a runbook and starts its run as a checklist for this incident or DR test run. */
export function StartRunForm({ target, runbooks }: { target: RunTarget; runbooks: { id: string; title: string }[] }) {
  const [state, action, pending] = useActionState(startRunAction, initialActionState);
  const typed = typedValues(state);
  const e = state.fieldErrors;
  return (
    <form action={action} className="flex min-w-0 flex-wrap items-end gap-3" key={state.at ?? "form"}>
      <TargetFields target={target} />
      <SelectField
        label="Runbook to run"
        name="runbookId"
        id="start-runbook"
        defaultValue={typed.runbookId ?? ""}
        errors={e.runbookId ?? e.incidentId ?? e.drTestRunId}
        className="min-w-0 flex-1 basis-56"
      >
        <option value="">Choose a runbook</option>
        {runbooks.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </SelectField>
      <Button type="submit" className="min-h-11" disabled={pending}>
        {pending ? "Starting…" : "Start run"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

/** Which incident or DR test run the checklist belongs to, and the page to refresh. */
export function TargetFields({ target }: { target: RunTarget }) {
  return (
    <>
      <input type="hidden" name="path" value={target.path} />
      {"incidentId" in target ? <input type="hidden" name="incidentId" value={target.incidentId} /> : null}
      {"drTestRunId" in target ? <input type="hidden" name="drTestRunId" value={target.drTestRunId} /> : null}
    </>
  );
}
