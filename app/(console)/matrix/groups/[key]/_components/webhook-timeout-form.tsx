"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { setWebhookTimeoutAction } from "../actions";
import { submitWithoutReset } from "../../../_components/submit-without-reset";
import { SaveMessage } from "../../../_components/save-message";

/** How long Bridge waits for this webhook to answer; blank falls back to the server default. */
export function WebhookTimeoutForm({
  member,
  groupKey,
}: {
  member: { id: string; address: string; webhookTimeoutMs: number | null };
  groupKey: string;
}) {
  const [state, action, pending] = useActionState(setWebhookTimeoutAction, initialActionState);
  const v = typedValues(state);
  return (
    <form onSubmit={submitWithoutReset(action)} noValidate aria-label={`Timeout of ${member.address}`} className="mt-2">
      <input type="hidden" name="id" value={member.id} />
      <input type="hidden" name="groupKey" value={groupKey} />
      <div className="flex items-end gap-2">
        <TextField
          id={`timeout-${member.id}`}
          label="Timeout in ms"
          name="webhookTimeoutMs"
          inputMode="numeric"
          defaultValue={v.webhookTimeoutMs ?? (member.webhookTimeoutMs === null ? "" : String(member.webhookTimeoutMs))}
          errors={state.fieldErrors.webhookTimeoutMs}
          hint="Blank uses the server default"
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save timeout"}
        </Button>
      </div>
      <SaveMessage state={state} fields={["webhookTimeoutMs"]} />
    </form>
  );
}
