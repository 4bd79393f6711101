"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { MEMBER_KIND_LABEL, MEMBER_KINDS, type MemberKind } from "@/lib/domain/matrix-input";
import { TextField, SelectField } from "@/components/ui/field";
import { addMemberAction, type SecretState } from "../actions";
import { SecretNotice } from "./secret-notice";
import { submitWithoutReset } from "../../../_components/submit-without-reset";
import { SaveMessage } from "../../../_components/save-message";

type Props = { group: { id: string; key: string }; users: { id: string; name: string; email: string }[] };

/** Adds a user, an e-mail address or a webhook; a webhook's secret is shown here once. */
export function AddMemberForm({ group, users }: Props) {
  const [state, action, pending] = useActionState<SecretState, FormData>(addMemberAction, initialActionState);
  const v = typedValues(state);
  const [kind, setKind] = useState<MemberKind>("EMAIL");
  const errors = state.fieldErrors;
  return (
    <div>
      <form
        onSubmit={submitWithoutReset(action)}
        noValidate
        aria-label="Add a member"
        key={state.ok ? `saved-${state.at}` : "form"}
      >
        <input type="hidden" name="groupId" value={group.id} />
        <input type="hidden" name="groupKey" value={group.key} />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            id="member-kind"
            label="Kind"
            name="kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as MemberKind)}
            errors={errors.kind}
          >
            {MEMBER_KINDS.map((k) => (
              <option key={k} value={k}>
                {MEMBER_KIND_LABEL[k]}
              </option>
            ))}
          </SelectField>
          {kind === "USER" ? (
            <SelectField
              id="member-user"
              label="User"
              name="userId"
              defaultValue={v.userId ?? ""}
              errors={errors.userId}
            >
              <option value="" disabled>
                Choose an active user…
              </option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
            </SelectField>
          ) : kind === "EMAIL" ? (
            <TextField
              id="member-email"
              label="E-mail address"
              name="email"
              type="email"
              defaultValue={v.email}
              errors={errors.email}
            />
          ) : (
            <TextField
              id="member-webhook"
              label="Webhook URL"
              name="webhookUrl"
              type="url"
              placeholder="https://…"
              defaultValue={v.webhookUrl}
              errors={errors.webhookUrl}
              hint="Bridge POSTs signed JSON here"
            />
          )}
          {kind === "WEBHOOK" ? (
            <TextField
              id="member-webhook-timeout"
              label="Timeout in ms (optional)"
              name="webhookTimeoutMs"
              inputMode="numeric"
              defaultValue={v.webhookTimeoutMs}
              errors={errors.webhookTimeoutMs}
              hint="Blank uses the server default"
            />
          ) : null}
          <TextField
            id="member-label"
            label="Label (optional)"
            name="label"
            defaultValue={v.label}
            errors={errors.label}
          />
        </div>
        <div className="mt-3 flex items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Adding…" : "Add member"}
          </Button>
          <SaveMessage state={state} fields={["kind", "userId", "email", "webhookUrl", "webhookTimeoutMs", "label"]} />
        </div>
      </form>
      {state.ok && state.secret ? (
        <SecretNotice secret={state.secret} url={state.values?.webhookUrl ?? "the new webhook"} />
      ) : null}
    </div>
  );
}
