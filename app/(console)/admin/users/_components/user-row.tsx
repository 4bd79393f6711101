"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { Role } from "@/lib/domain/roles";
import { initialActionState } from "@/lib/domain/action-state";
import { updateUserAction } from "../actions";
import { RoleOptions } from "./role-options";

type Props = { user: { id: string; email: string; name: string; role: Role; active: boolean } };

export function UserRow({ user }: Props) {
  const [state, action, pending] = useActionState(updateUserAction, initialActionState);
  const formId = `user-${user.id}`;
  return (
    <tr>
      <td className="px-3 py-2">
        <div className="font-medium">{user.name}</div>
        <div className="text-slate-600">{user.email}</div>
      </td>
      <td className="px-3 py-2">
        <form id={formId} action={action}>
          <input type="hidden" name="id" value={user.id} />
        </form>
        <SelectField
          id={`${formId}-role`}
          name="role"
          form={formId}
          label={`Role of ${user.email}`}
          hideLabel
          compact
          defaultValue={user.role}
          errors={state.fieldErrors.role}
        >
          <RoleOptions />
        </SelectField>
      </td>
      <td className="px-3 py-2">
        <SelectField
          id={`${formId}-active`}
          name="active"
          form={formId}
          label={`Access of ${user.email}`}
          hideLabel
          compact
          defaultValue={String(user.active)}
        >
          <option value="true">Active</option>
          <option value="false">Deactivated</option>
        </SelectField>
      </td>
      <td className="px-3 py-2">
        <Button type="submit" form={formId} variant="secondary" disabled={pending} aria-label={`Save ${user.email}`}>
          Save
        </Button>
        <FormMessage state={state} />
      </td>
    </tr>
  );
}
