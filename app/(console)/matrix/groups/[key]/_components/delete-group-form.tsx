"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { deleteGroupAction } from "../actions";
import { submitWithoutReset } from "../../../_components/submit-without-reset";

/** Two steps, so one stray click cannot delete a group and its members. */
export function DeleteGroupForm({ group }: { group: { id: string; key: string; name: string } }) {
  const [state, action, pending] = useActionState(deleteGroupAction, initialActionState);
  const [confirming, setConfirming] = useState(false);
  return (
    <form onSubmit={submitWithoutReset(action)} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={group.id} />
      <input type="hidden" name="groupKey" value={group.key} />
      {confirming ? (
        <>
          <span className="text-sm text-slate-700">Delete {group.name} and its members?</span>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Deleting…" : "Yes, delete group"}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </>
      ) : (
        <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
          Delete group…
        </Button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
