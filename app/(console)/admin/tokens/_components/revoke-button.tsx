"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/server/errors";
import { revokeTokenAction } from "../actions";

const initial: ActionState = { ok: false, message: "", fieldErrors: {} };

export function RevokeButton({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, initial);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`Revoke the token “${name}”? Anything using it stops working at once.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
