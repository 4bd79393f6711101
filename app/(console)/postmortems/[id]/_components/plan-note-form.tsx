"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { savePlanNoteAction } from "../timeline-actions";
import { Outcome } from "./timeline-outcome";

/** The author's comment on one row; saving it empty removes it. */
export function PlanNoteForm({
  postmortemId,
  rowKey,
  subject,
  comment,
}: {
  postmortemId: string;
  rowKey: string;
  subject: string;
  comment: string;
}) {
  const [state, action, pending] = useActionState(savePlanNoteAction, initialActionState);
  const v = typedValues(state);
  const id = `plan-note-${rowKey.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return (
    <form action={action} className="space-y-1" key={state.ok ? `ok-${state.at}` : `typed-${state.at ?? 0}`}>
      <input type="hidden" name="postmortemId" value={postmortemId} />
      <input type="hidden" name="rowKey" value={rowKey} />
      <TextAreaField
        id={id}
        name="comment"
        label={`Comment on ${subject}`}
        hideLabel
        rows={2}
        defaultValue={v.comment ?? comment}
        errors={state.fieldErrors.comment}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary" className="px-2 py-1 text-xs" disabled={pending}>
          {pending ? "Saving…" : "Save comment"}
          <span className="sr-only"> on {subject}</span>
        </Button>
        <Outcome state={state} fields={["comment"]} />
      </div>
    </form>
  );
}
