"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { submitWithoutReset } from "../../../matrix/_components/submit-without-reset";
import { deleteActionItemAction } from "../action-items-actions";

/** Deletes an item of an unpublished postmortem, after a second press that says what goes. */
export function DeleteActionItem({ id, title }: { id: string; title: string }) {
  const [state, action, pending] = useActionState(deleteActionItemAction, initialActionState);
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
        Delete<span className="sr-only"> {title}</span>
      </Button>
    );
  return (
    <form
      onSubmit={submitWithoutReset(action)}
      className="flex flex-wrap items-center gap-2"
      aria-label={`Delete ${title}`}
    >
      <input type="hidden" name="id" value={id} />
      <span className="text-sm text-slate-700">Delete “{title}”?</span>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Deleting…" : "Yes, delete"}
      </Button>
      <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
        Keep it
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
