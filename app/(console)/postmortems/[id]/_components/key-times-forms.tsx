"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { KEY_TIME, KEY_TIME_KINDS, type KeyTimeKind } from "@/lib/domain/postmortem-status";
import { correctKeyTimeAction } from "../timeline-actions";
import { withInstant } from "./timeline-local-time";
import { Outcome } from "./timeline-outcome";

/** A key time set right: which one, the time it really was, and why the record is wrong (required). */
export function KeyTimesCorrectForm({ postmortemId }: { postmortemId: string }) {
  const [state, dispatch, pending] = useActionState(correctKeyTimeAction, initialActionState);
  const v = typedValues(state);
  return (
    <details className="rounded-md border border-slate-200 p-3" open={!state.ok && Boolean(state.message)}>
      <summary className="cursor-pointer text-sm font-semibold text-slate-800">Correct a time</summary>
      <form
        action={withInstant(dispatch, "atLocal", "at")}
        className="mt-3 space-y-3"
        key={state.ok ? `ok-${state.at}` : `typed-${state.at ?? 0}`}
      >
        <input type="hidden" name="postmortemId" value={postmortemId} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            id="key-time-kind"
            name="kind"
            label="Which time"
            defaultValue={v.kind ?? "IMPACT_STARTED"}
            errors={state.fieldErrors.kind}
          >
            {KEY_TIME_KINDS.map((k) => (
              <option key={k} value={k}>
                {KEY_TIME[k].label}
              </option>
            ))}
          </SelectField>
          <TextField
            id="key-time-at"
            name="atLocal"
            type="datetime-local"
            step={60}
            label="Corrected time"
            hint="In your own time zone"
            defaultValue={v.atLocal}
            errors={state.fieldErrors.at}
            required
          />
        </div>
        <TextAreaField
          id="key-time-reason"
          name="reason"
          label="Reason"
          hint="Why the recorded time is wrong, e.g. the error rate rose before the alert fired"
          defaultValue={v.reason}
          errors={state.fieldErrors.reason}
          required
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save correction"}
          </Button>
          <Outcome state={state} fields={["kind", "at", "reason"]} />
        </div>
      </form>
    </details>
  );
}

/** Drops a correction: the recorded time is in force again. */
export function KeyTimesClearButton({ postmortemId, kind }: { postmortemId: string; kind: KeyTimeKind }) {
  const [state, action, pending] = useActionState(correctKeyTimeAction, initialActionState);
  return (
    <form action={action} className="mt-1 flex flex-wrap items-center gap-2">
      <input type="hidden" name="postmortemId" value={postmortemId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="clear" value="true" />
      <Button type="submit" variant="secondary" className="px-2 py-1 text-xs" disabled={pending}>
        Use the recorded time<span className="sr-only"> for {KEY_TIME[kind].label}</span>
      </Button>
      <Outcome state={state} />
    </form>
  );
}
