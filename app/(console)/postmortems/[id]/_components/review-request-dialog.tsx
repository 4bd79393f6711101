"use client";

import { useActionState, useState } from "react";
import { ModalDialog } from "@/components/shell/modal-dialog";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/choice-group";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, type ActionState } from "@/lib/domain/action-state";
import { requestReviewAction } from "../review-actions";

type Props = { postmortemId: string; candidates: { id: string; name: string }[] };

/** "Request review": a dialog with a checkbox per person who may review. */
export function ReviewRequestDialog({ postmortemId, candidates }: Props) {
  const [open, setOpen] = useState(false);
  // The form is reset after each post; after a refusal the boxes come back as they were ticked.
  const [kept, setKept] = useState<string[] | null>(null);
  const [state, action, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    const result = await requestReviewAction(prev, form);
    if (result.ok) setOpen(false);
    setKept(result.ok ? null : form.getAll("reviewerIds").map(String));
    return result;
  }, initialActionState);
  const ticked = new Set(kept ?? []);
  return (
    <div className="flex flex-col items-start gap-1">
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        Request review
      </Button>
      {state.ok ? <FormMessage state={state} /> : null}
      <ModalDialog open={open} onClose={() => setOpen(false)} title="Request review">
        <form action={action} className="space-y-4" key={state.at}>
          <input type="hidden" name="postmortemId" value={postmortemId} />
          {candidates.length ? (
            <CheckboxGroup
              legend="Who should review it"
              name="reviewerIds"
              id="review-request-reviewers"
              choices={candidates.map((c) => ({ value: c.id, label: c.name }))}
              defaultValues={ticked}
              errors={state.fieldErrors.reviewerIds}
            />
          ) : (
            <p className="text-sm text-slate-600">Nobody else may review postmortems yet.</p>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending || candidates.length === 0}>
              Send review request
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
          {!state.ok && !state.fieldErrors.reviewerIds ? <FormMessage state={state} /> : null}
        </form>
      </ModalDialog>
    </div>
  );
}
