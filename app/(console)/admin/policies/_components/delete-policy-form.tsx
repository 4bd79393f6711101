"use client";

import { startTransition, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { deletePolicyAction } from "../actions";

/** Two steps, so one stray click cannot delete a policy. */
export function DeletePolicyForm({ policy }: { policy: { id: string; name: string } }) {
  const [state, action, pending] = useActionState(deletePolicyAction, initialActionState);
  const [confirming, setConfirming] = useState(false);
  return (
    <form
      className="flex flex-wrap items-center gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
    >
      <input type="hidden" name="id" value={policy.id} />
      {confirming ? (
        <>
          <span className="text-sm text-slate-700">Delete {policy.name}?</span>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Deleting…" : "Yes, delete policy"}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </>
      ) : (
        <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
          Delete policy…
        </Button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
