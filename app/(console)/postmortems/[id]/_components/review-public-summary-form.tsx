"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/choice-group";
import { FormMessage } from "@/components/ui/form-message";
import { TextAreaField } from "@/components/ui/field";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { PUBLIC_SUMMARY_MAX } from "@/lib/domain/postmortem/review";
import { savePublicSummaryAction } from "../review-actions";

type Props = { postmortemId: string; summary: string; shown: boolean };

/** The plain-text summary for the incident's public status-page entry, shown only when ticked. */
export function ReviewPublicSummaryForm({ postmortemId, summary, shown }: Props) {
  const [state, action, pending] = useActionState(savePublicSummaryAction, initialActionState);
  const typed = typedValues(state);
  return (
    <form action={action} className="space-y-3" key={state.at}>
      <input type="hidden" name="postmortemId" value={postmortemId} />
      <TextAreaField
        label="Public summary"
        name="publicSummary"
        id="public-summary"
        rows={4}
        maxLength={PUBLIC_SUMMARY_MAX}
        hint="Plain text for customers. Nothing else of the postmortem is ever public."
        defaultValue={typed.publicSummary ?? summary}
        errors={state.fieldErrors.publicSummary}
      />
      <CheckboxField
        id="public-summary-publish"
        name="publish"
        label="Show on the incident's status page entry"
        defaultChecked={typed.publicSummary !== undefined ? typed.publish === "on" : shown}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          Save public summary
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
