"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { CADENCES } from "@/lib/domain/dr/schedule";
import { updateDrTestAction } from "../actions";

export type TestValues = Record<
  | "key"
  | "scenario"
  | "cadence"
  | "method"
  | "expectedRtoMinutes"
  | "expectedRpoMinutes"
  | "successCriteria"
  | "runbookId",
  string
>;

/** Edits a test's schedule and what it must show; a commander's form. */
export function TestForm({ current, runbooks }: { current: TestValues; runbooks: { id: string; title: string }[] }) {
  const [state, action, pending] = useActionState(updateDrTestAction, initialActionState);
  const typed = typedValues(state);
  const v = (k: keyof TestValues) => typed[k] ?? current[k];
  const e = state.fieldErrors;
  return (
    <form
      action={action}
      noValidate
      className="grid gap-4 sm:grid-cols-2"
      key={state.at ? `answer-${state.at}` : "form"}
    >
      <input type="hidden" name="key" value={current.key} />
      <TextAreaField
        label="Scenario"
        name="scenario"
        rows={3}
        defaultValue={v("scenario")}
        errors={e.scenario}
        className="sm:col-span-2"
      />
      <SelectField label="Cadence" name="cadence" defaultValue={v("cadence")} errors={e.cadence}>
        {CADENCES.map((c) => (
          <option key={c} value={c}>
            {c.toLowerCase().replace("_", " ")}
          </option>
        ))}
      </SelectField>
      <TextField label="Type (method)" name="method" defaultValue={v("method")} errors={e.method} />
      <TextField
        label="Expected RTO (minutes)"
        name="expectedRtoMinutes"
        inputMode="numeric"
        defaultValue={v("expectedRtoMinutes")}
        hint="Empty: no RTO target."
        errors={e.expectedRtoMinutes}
      />
      <TextField
        label="Expected RPO (minutes)"
        name="expectedRpoMinutes"
        inputMode="numeric"
        defaultValue={v("expectedRpoMinutes")}
        hint="Empty: no RPO target."
        errors={e.expectedRpoMinutes}
      />
      <TextAreaField
        label="Success criteria"
        name="successCriteria"
        rows={4}
        defaultValue={v("successCriteria")}
        hint="One per line; each run records whether each was met."
        errors={e.successCriteria}
        className="sm:col-span-2"
      />
      <SelectField label="Runbook" name="runbookId" defaultValue={v("runbookId")} errors={e.runbookId}>
        <option value="">No runbook</option>
        {runbooks.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending} className="min-h-11">
          {pending ? "Saving…" : "Save test"}
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
