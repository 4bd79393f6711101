"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { linkRunbookAction } from "../actions";

/** Chooses the runbook a scenario is recovered with; "No runbook" unlinks it. */
export function RunbookLink({
  id,
  name,
  runbookId,
  runbooks,
}: {
  id: string;
  name: string;
  runbookId: string;
  runbooks: { id: string; title: string }[];
}) {
  const [state, action, pending] = useActionState(linkRunbookAction, initialActionState);
  return (
    <form action={action} key={state.at ? `answer-${state.at}` : "form"} className="min-w-0">
      <input type="hidden" name="id" value={id} />
      <SelectField
        label={`Runbook for ${name}`}
        name="runbookId"
        id={`runbookId-${id}`}
        defaultValue={typedValues(state).runbookId ?? runbookId}
        errors={state.fieldErrors.runbookId}
        addon={
          <Button type="submit" variant="secondary" disabled={pending} className="min-h-11">
            Save
          </Button>
        }
      >
        <option value="">No runbook</option>
        {runbooks.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </SelectField>
      <FormMessage state={state} />
    </form>
  );
}
