"use client";

import { useEditForm } from "@/components/ui/use-edit-form";
import { SubmitRow } from "@/components/ui/submit-row";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
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
  const { state, action, pending, value: v, errors: e, formKey } = useEditForm(updateDrTestAction, current);
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-2" key={formKey}>
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
      <SubmitRow state={state} pending={pending} label="Save test" busy="Saving…" />
    </form>
  );
}
