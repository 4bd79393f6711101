"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { createGroupAction } from "../actions";
import { TextField } from "@/components/ui/field";
import { submitWithoutReset } from "./submit-without-reset";
import { SaveMessage } from "./save-message";

export function CreateGroupForm() {
  const [state, action, pending] = useActionState(createGroupAction, initialActionState);
  const v = typedValues(state);
  return (
    <form
      onSubmit={submitWithoutReset(action)}
      noValidate
      aria-label="Create a group"
      className="mt-4 border-t border-slate-200 pt-4"
      key={state.ok ? `saved-${state.at}` : "form"}
    >
      <h3 className="mb-3 text-sm font-semibold text-slate-900">Create a group</h3>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="new-group-name" label="Name" name="name" defaultValue={v.name} errors={state.fieldErrors.name} />
        <TextField
          id="new-group-key"
          label="Key"
          name="key"
          defaultValue={v.key}
          errors={state.fieldErrors.key}
          hint="e.g. security_team; cannot be changed later"
        />
        <TextField
          id="new-group-description"
          label="Description"
          name="description"
          defaultValue={v.description}
          errors={state.fieldErrors.description}
        />
      </div>
      <div className="mt-3 flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create group"}
        </Button>
        <SaveMessage state={state} fields={["key", "name", "description"]} />
      </div>
    </form>
  );
}
