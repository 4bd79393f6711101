"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/domain/roles";
import { initialActionState } from "@/lib/domain/action-state";
import { updateUserAction } from "../actions";

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
        <label className="sr-only" htmlFor={`${formId}-role`}>
          Role of {user.email}
        </label>
        <select id={`${formId}-role`} name="role" form={formId} defaultValue={user.role} className="rounded-md px-2 py-1 ring-1 ring-slate-300">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        {state.fieldErrors.role ? <p className="text-sm text-red-600">{state.fieldErrors.role.join(" ")}</p> : null}
      </td>
      <td className="px-3 py-2">
        <label className="sr-only" htmlFor={`${formId}-active`}>
          Access of {user.email}
        </label>
        <select id={`${formId}-active`} name="active" form={formId} defaultValue={String(user.active)} className="rounded-md px-2 py-1 ring-1 ring-slate-300">
          <option value="true">Active</option>
          <option value="false">Deactivated</option>
        </select>
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
