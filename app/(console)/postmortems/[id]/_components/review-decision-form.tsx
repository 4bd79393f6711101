"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextAreaField } from "@/components/ui/field";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { reviewSectionLabel } from "@/lib/domain/postmortem/review";
import { DOCUMENT_ORDER } from "@/lib/domain/postmortem-status";
import { decideReviewAction } from "../review-actions";

/**
 * The requested reviewer's decision: approve, or request changes saying what (a message, and/or
 * a comment on any section). What was typed stays after a refusal.
 */
export function ReviewDecisionForm({ postmortemId }: { postmortemId: string }) {
  const [state, action, pending] = useActionState(decideReviewAction, initialActionState);
  const typed = typedValues(state);
  const shown = new Set(["message", ...DOCUMENT_ORDER.map((s) => `comment.${s}`)]);
  const otherErrors = Object.entries(state.fieldErrors)
    .filter(([k]) => !shown.has(k))
    .flatMap(([, v]) => v);
  return (
    <form action={action} className="space-y-3" key={state.at}>
      <input type="hidden" name="postmortemId" value={postmortemId} />
      <TextAreaField
        label="Message to the author"
        name="message"
        id="review-message"
        hint="Needed when you request changes, unless you comment on a section below."
        defaultValue={typed.message}
        errors={state.fieldErrors.message}
      />
      <details
        className="rounded-md ring-1 ring-slate-200"
        open={DOCUMENT_ORDER.some((s) => typed[`comment.${s}`] || state.fieldErrors[`comment.${s}`])}
      >
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Comment on a section</summary>
        <div className="space-y-3 px-3 pb-3">
          {DOCUMENT_ORDER.map((s) => (
            <TextAreaField
              key={s}
              label={`Comment on ${reviewSectionLabel(s)}`}
              name={`comment.${s}`}
              id={`review-comment-${s}`}
              rows={2}
              defaultValue={typed[`comment.${s}`]}
              errors={state.fieldErrors[`comment.${s}`]}
            />
          ))}
        </div>
      </details>
      {otherErrors.length ? (
        <p role="alert" className="text-sm text-red-700">
          {otherErrors.join(" ")}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" name="decision" value="APPROVED" disabled={pending}>
          Approve
        </Button>
        <Button type="submit" name="decision" value="CHANGES_REQUESTED" variant="danger" disabled={pending}>
          Request changes
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
