"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { PASSWORD_MIN } from "@/lib/domain/users";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { createUserAction } from "../actions";
import { RoleOptions } from "./role-options";

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, initialActionState);
  const v = typedValues(state);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate key={`form-${state.at ?? 0}`}>
      <TextField label="E-mail" name="email" type="email" defaultValue={v.email} errors={state.fieldErrors.email} />
      <TextField label="Name" name="name" defaultValue={v.name} errors={state.fieldErrors.name} />
      <SelectField label="Role" name="role" defaultValue={v.role ?? "RESPONDER"} errors={state.fieldErrors.role}>
        <RoleOptions />
      </SelectField>
      <TextField
        label="Initial password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters`}
        errors={state.fieldErrors.password}
      />
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create user"}
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
