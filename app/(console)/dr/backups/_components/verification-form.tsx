"use client";

import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/choice-group";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { recordVerificationAction } from "../actions";
import { SubmitRow } from "@/components/ui/submit-row";

/** Records a verification by hand; the time defaults to now, typed in UTC like every time in forms. */
export function VerificationForm({ policy, now }: { policy: string; now: string }) {
  const [state, action, pending] = useActionState(recordVerificationAction, initialActionState);
  const v = typedValues(state);
  const e = state.fieldErrors;
  const id = (name: string) => `${policy}-verify-${name}`;
  return (
    <form
      action={action}
      noValidate
      className="grid gap-4 sm:grid-cols-2"
      key={state.at ? `answer-${state.at}` : "form"}
    >
      <input type="hidden" name="policy" value={policy} />
      <TextField
        label="Verified at (UTC)"
        name="verifiedAt"
        id={id("verifiedAt")}
        type="datetime-local"
        defaultValue={v.verifiedAt ?? now}
        errors={e.verifiedAt ?? e.policy}
      />
      <RadioGroup
        legend="Result"
        name="outcome"
        id={id("outcome")}
        layout="mt-1 grid grid-cols-2 gap-2"
        defaultValue={v.outcome ?? "ok"}
        choices={[
          { value: "ok", label: "Restorable" },
          { value: "failed", label: "Failed" },
        ]}
        errors={e.outcome}
      />
      <TextAreaField
        label="Note"
        name="note"
        id={id("note")}
        rows={2}
        defaultValue={v.note}
        errors={e.note}
        className="sm:col-span-2"
      />
      <SubmitRow state={state} pending={pending} label="Record verification" busy="Recording…" />
    </form>
  );
}
