"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { OptionalLabel, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { STEP_OUTCOME_LABELS, STEP_OUTCOMES } from "@/lib/domain/runbooks/vocabulary";
import { recordStepAction } from "./actions";

type Props = { runId: string; stepId: string; n: number; path: string };

/**
 * Records one step: Done, Skipped or Failed, each its own button. A skip needs a reason and a
 * failure a note (the field opens with its error); "changed" says what was done differently.
 */
export function StepForm({ runId, stepId, n, path }: Props) {
  const [state, action, pending] = useActionState(recordStepAction, initialActionState);
  const typed = typedValues(state);
  const e = state.fieldErrors;
  const details = Boolean(e.note || e.changed || typed.note || typed.changed);
  return (
    <form action={action} className="mt-2 min-w-0 space-y-2" key={state.at ?? "form"}>
      <input type="hidden" name="path" value={path} />
      <input type="hidden" name="runId" value={runId} />
      <input type="hidden" name="stepId" value={stepId} />
      <details open={details} className="text-sm">
        <summary className="min-h-11 cursor-pointer py-2 text-indigo-700">Add a note or what changed</summary>
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            id={`note-${runId}-${stepId}`}
            name="note"
            label={`Step ${n}: reason or note`}
            hint="Required to skip or fail a step."
            defaultValue={typed.note}
            errors={e.note}
          />
          <TextField
            id={`changed-${runId}-${stepId}`}
            name="changed"
            label={<OptionalLabel>{`Step ${n}: changed, what we did differently`}</OptionalLabel>}
            defaultValue={typed.changed}
            errors={e.changed}
          />
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-2">
        {STEP_OUTCOMES.map((o) => (
          <Button
            key={o}
            type="submit"
            name="outcome"
            value={o}
            variant={o === "DONE" ? "primary" : "secondary"}
            className="min-h-11"
            aria-label={`${STEP_OUTCOME_LABELS[o]}: step ${n}`}
            disabled={pending}
          >
            {STEP_OUTCOME_LABELS[o]}
          </Button>
        ))}
        {e.stepId || e.runId || e.outcome ? (
          <p role="alert" className="text-sm text-red-700">
            {[...(e.stepId ?? []), ...(e.runId ?? []), ...(e.outcome ?? [])].join(" ")}
          </p>
        ) : (
          <FormMessage state={state.ok ? state : { ...state, message: e.note || e.changed ? "" : state.message }} />
        )}
      </div>
    </form>
  );
}
