"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { WONT_DO_REASON_MAX } from "@/lib/domain/action-items";
import { initialActionState, typedValues, type ActionState } from "@/lib/domain/action-state";
import { ACTION_ITEM_STATUS, ACTION_ITEM_STATUSES, type ActionItemStatus } from "@/lib/domain/postmortem-status";
import { SaveMessage } from "../../matrix/_components/save-message";
import { submitWithoutReset } from "../../matrix/_components/submit-without-reset";

type Props = {
  item: { id: string; title: string; status: ActionItemStatus; wontDoReason: string | null };
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
};

/**
 * Changes one item's status in place; choosing won't do asks for the reason before saving.
 * `relative` keeps its visually hidden texts inside a table's own scroll area at narrow widths.
 */
export function StatusForm({ item, action }: Props) {
  const [state, dispatch, pending] = useActionState(action, initialActionState);
  const typed = typedValues(state);
  const [status, setStatus] = useState<string>(typed.status ?? item.status);
  const errors = state.fieldErrors;
  return (
    <form
      onSubmit={submitWithoutReset(dispatch)}
      noValidate
      aria-label={`Change the status of ${item.title}`}
      className="relative space-y-2"
    >
      <input type="hidden" name="id" value={item.id} />
      <SelectField
        label={`Status of ${item.title}`}
        hideLabel
        compact
        id={`status-${item.id}`}
        name="status"
        value={status}
        onChange={(e) => setStatus(e.target.value)}
        errors={errors.status}
        addon={
          <Button type="submit" variant="secondary" disabled={pending} className="px-2 py-1.5">
            {pending ? "Saving…" : "Save status"}
            <span className="sr-only"> of {item.title}</span>
          </Button>
        }
      >
        {ACTION_ITEM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {ACTION_ITEM_STATUS[s].label}
          </option>
        ))}
      </SelectField>
      {status === "WONT_DO" ? (
        <TextAreaField
          label="Why it won't be done"
          id={`wontDoReason-${item.id}`}
          name="wontDoReason"
          rows={2}
          maxLength={WONT_DO_REASON_MAX}
          defaultValue={typed.wontDoReason ?? item.wontDoReason ?? ""}
          errors={errors.wontDoReason}
        />
      ) : null}
      <SaveMessage state={state} fields={["status", "wontDoReason"]} />
    </form>
  );
}
