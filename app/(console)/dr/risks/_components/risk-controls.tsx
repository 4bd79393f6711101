"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { deleteRiskAction, reviewRiskAction } from "../actions";

/** "Mark reviewed" with the next review's date (offered +90 days), and delete, for one risk. */
export function RiskControls({ id, title, nextDue }: { id: string; title: string; nextDue: string }) {
  const [review, markReviewed, reviewing] = useActionState(reviewRiskAction, initialActionState);
  const [removal, remove, deleting] = useActionState(deleteRiskAction, initialActionState);
  const typed = typedValues(review);
  return (
    <div className="flex flex-wrap items-end gap-3">
      <form action={markReviewed} noValidate key={review.at ? `answer-${review.at}` : "form"} className="min-w-0">
        <input type="hidden" name="id" value={id} />
        <TextField
          label="Next review due"
          name="nextReviewDueAt"
          id={`nextReviewDueAt-${id}`}
          type="date"
          compact
          defaultValue={typed.nextReviewDueAt ?? nextDue}
          errors={review.fieldErrors.nextReviewDueAt}
          addon={
            <Button
              type="submit"
              variant="secondary"
              disabled={reviewing}
              className="min-h-11"
              aria-label={`Mark ${title} reviewed`}
            >
              Mark reviewed
            </Button>
          }
        />
        <FormMessage state={review} />
      </form>
      <form
        action={remove}
        onSubmit={(e) => {
          if (!window.confirm(`Delete the risk “${title}”?`)) e.preventDefault();
        }}
      >
        <input type="hidden" name="id" value={id} />
        <Button type="submit" variant="danger" disabled={deleting} className="min-h-11" aria-label={`Delete ${title}`}>
          Delete
        </Button>
        <FormMessage state={removal} />
      </form>
    </div>
  );
}
