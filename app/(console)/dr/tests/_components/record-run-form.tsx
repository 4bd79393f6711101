"use client";

import { useEditForm } from "@/components/ui/use-edit-form";
import { SubmitRow } from "@/components/ui/submit-row";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { recordDrTestRunAction } from "../actions";

export type RunValues = Record<
  "key" | "runId" | "startedAt" | "completedAt" | "actualRtoMinutes" | "actualRpoMinutes" | "runbookRunId" | "notes",
  string
>;

/**
 * Records a run: times (UTC), measured RTO and RPO, each criterion met or not (with a note), and
 * notes. The verdict is computed on save; a failed run opens action items.
 */
export function RecordRunForm({
  current,
  criteria,
  runbookRuns,
}: {
  current: RunValues;
  criteria: string[];
  runbookRuns: { id: string; label: string }[];
}) {
  const {
    state,
    action,
    pending,
    value: v,
    errors: e,
    formKey,
  } = useEditForm<Record<string, string>>(recordDrTestRunAction, current);
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-2" key={formKey}>
      <input type="hidden" name="key" value={current.key} />
      <input type="hidden" name="runId" value={current.runId} />
      <input type="hidden" name="criteriaCount" value={criteria.length} />
      <TextField
        label="Started (UTC)"
        name="startedAt"
        type="datetime-local"
        defaultValue={v("startedAt")}
        errors={e.startedAt}
      />
      <TextField
        label="Ended (UTC)"
        name="completedAt"
        type="datetime-local"
        defaultValue={v("completedAt")}
        errors={e.completedAt}
      />
      <TextField
        label="Actual RTO (minutes)"
        name="actualRtoMinutes"
        inputMode="numeric"
        defaultValue={v("actualRtoMinutes")}
        errors={e.actualRtoMinutes}
      />
      <TextField
        label="Actual RPO (minutes)"
        name="actualRpoMinutes"
        inputMode="numeric"
        defaultValue={v("actualRpoMinutes")}
        errors={e.actualRpoMinutes}
      />
      <SelectField
        label="Runbook run"
        name="runbookRunId"
        defaultValue={v("runbookRunId")}
        errors={e.runbookRunId}
        className="sm:col-span-2"
      >
        <option value="">None</option>
        {runbookRuns.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </SelectField>
      {criteria.length ? (
        <fieldset className="min-w-0 space-y-3 sm:col-span-2">
          <legend className="text-sm font-medium text-slate-700">Success criteria</legend>
          {e.criteria ? (
            <p role="alert" className="text-sm text-red-700">
              {e.criteria.join(" ")}
            </p>
          ) : null}
          {criteria.map((criterion, i) => (
            <div key={criterion} className="grid min-w-0 gap-2 rounded-md p-3 ring-1 ring-slate-200 sm:grid-cols-2">
              <input type="hidden" name={`criterion.${i}`} value={criterion} />
              <SelectField
                label={<span className="break-words">{criterion}</span>}
                name={`outcome.${i}`}
                defaultValue={v(`outcome.${i}`)}
                errors={e[`criteria.${i}.outcome`]}
              >
                <option value="">Choose…</option>
                <option value="met">Met</option>
                <option value="not_met">Not met</option>
              </SelectField>
              <TextField
                label={`Note on ${criterion}`}
                name={`note.${i}`}
                defaultValue={v(`note.${i}`)}
                errors={e[`criteria.${i}.note`]}
              />
            </div>
          ))}
        </fieldset>
      ) : null}
      <TextAreaField
        label="Notes"
        name="notes"
        rows={3}
        defaultValue={v("notes")}
        errors={e.notes}
        className="sm:col-span-2"
      />
      <SubmitRow state={state} pending={pending} label="Record run" busy="Recording…" />
    </form>
  );
}
