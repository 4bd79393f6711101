"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Outcome } from "./timeline-outcome";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { TIMELINE_MARK, TIMELINE_MARKS } from "@/lib/domain/postmortem-status";
import { addTimelineEntryAction } from "../timeline-actions";
import { withInstant } from "./timeline-local-time";

/** An entry only a person knows of: a customer's call, a decision taken in a meeting. */
export function TimelineAddForm({ postmortemId }: { postmortemId: string }) {
  const [state, dispatch, pending] = useActionState(addTimelineEntryAction, initialActionState);
  const v = typedValues(state);
  return (
    <details className="rounded-md border border-slate-200 p-3" open={!state.ok && Boolean(state.message)}>
      <summary className="cursor-pointer text-sm font-semibold text-slate-800">Add an entry</summary>
      <form
        action={withInstant(dispatch, "occurredAtLocal", "occurredAt")}
        className="mt-3 space-y-3"
        key={state.ok ? `ok-${state.at}` : `typed-${state.at ?? 0}`}
      >
        <input type="hidden" name="postmortemId" value={postmortemId} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            id="timeline-add-time"
            name="occurredAtLocal"
            type="datetime-local"
            step={60}
            label="Time"
            hint="In your own time zone"
            defaultValue={v.occurredAtLocal}
            errors={state.fieldErrors.occurredAt}
            required
          />
          <SelectField
            id="timeline-add-mark"
            name="mark"
            label="Mark"
            defaultValue={v.mark ?? ""}
            errors={state.fieldErrors.mark}
          >
            <option value="">No mark</option>
            {TIMELINE_MARKS.map((m) => (
              <option key={m} value={m}>
                {TIMELINE_MARK[m].label}
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField
          id="timeline-add-text"
          name="text"
          label="What happened"
          defaultValue={v.text}
          errors={state.fieldErrors.text}
          required
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Adding…" : "Add entry"}
          </Button>
          <Outcome state={state} fields={["occurredAt", "text", "mark"]} />
        </div>
      </form>
    </details>
  );
}
