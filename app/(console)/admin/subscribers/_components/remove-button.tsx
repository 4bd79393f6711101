"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { removeSubscriberAction } from "../actions";

export function RemoveButton({ id, email }: { id: string; email: string }) {
  const [state, action, pending] = useActionState(removeSubscriberAction, initialActionState);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`Remove ${email}? No more status e-mails go to this address.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={`Remove ${email}`}>
        Remove
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
