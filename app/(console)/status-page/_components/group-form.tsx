"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { saveGroupAction } from "../actions";

/** Adds a group, or (with `group`) renames and reorders it. */
export function GroupForm({ group }: { group?: { id: string; name: string; position: number } }) {
  const [state, action, pending] = useActionState(saveGroupAction, initialActionState);
  const v = typedValues(state);
  const prefix = group ? `group-${group.id}` : "new-group";
  return (
    <form
      action={action}
      noValidate
      className="flex flex-wrap items-end gap-3"
      key={state.ok ? `ok-${state.at}` : "form"}
    >
      {group ? <input type="hidden" name="id" value={group.id} /> : null}
      <TextField
        id={`${prefix}-name`}
        name="name"
        label={group ? `Name of group ${group.name}` : "New group name"}
        defaultValue={v.name ?? group?.name ?? ""}
        errors={state.fieldErrors.name}
        className="min-w-0 flex-1 basis-48"
      />
      <TextField
        id={`${prefix}-position`}
        name="position"
        label="Order"
        inputMode="numeric"
        defaultValue={v.position ?? String(group?.position ?? 0)}
        errors={state.fieldErrors.position}
        className="w-24"
      />
      <Button type="submit" variant={group ? "secondary" : "primary"} disabled={pending}>
        {group ? "Save" : "Add group"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
