"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { TextField } from "@/components/ui/field";
import { updateGroupAction } from "../actions";
import { submitWithoutReset } from "../../../_components/submit-without-reset";
import { SaveMessage } from "../../../_components/save-message";

type Props = { group: { id: string; key: string; name: string; description: string } };

export function GroupSettingsForm({ group }: Props) {
  const [state, action, pending] = useActionState(updateGroupAction, initialActionState);
  const v = typedValues(state);
  return (
    <form onSubmit={submitWithoutReset(action)} noValidate aria-label="Rename the group">
      <input type="hidden" name="id" value={group.id} />
      <input type="hidden" name="groupKey" value={group.key} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="group-name"
          label="Name"
          name="name"
          defaultValue={v.name ?? group.name}
          errors={state.fieldErrors.name}
        />
        <TextField
          id="group-description"
          label="Description"
          name="description"
          defaultValue={v.description ?? group.description}
          errors={state.fieldErrors.description}
        />
      </div>
      <div className="mt-3 flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save group"}
        </Button>
        <SaveMessage state={state} fields={["name", "description"]} />
      </div>
    </form>
  );
}
