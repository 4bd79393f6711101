"use client";

import { useActionState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { MEMBER_KIND_LABEL, type MemberKind } from "@/lib/domain/matrix-input";
import { initialActionState } from "@/lib/domain/action-state";
import { removeMemberAction, rotateSecretAction, type SecretState } from "../actions";
import { SecretNotice } from "./secret-notice";
import { WebhookTimeoutForm } from "./webhook-timeout-form";
import { submitWithoutReset } from "../../../_components/submit-without-reset";

export type MemberView = {
  id: string;
  kind: MemberKind;
  label: string;
  address: string;
  inactive: boolean;
  webhookTimeoutMs: number | null;
};

export function MemberRow({ member, groupKey }: { member: MemberView; groupKey: string }) {
  const [removeState, remove, removing] = useActionState(removeMemberAction, initialActionState);
  const [rotateState, rotate, rotating] = useActionState<SecretState, FormData>(rotateSecretAction, initialActionState);
  return (
    <tr>
      <td className="px-3 py-2 align-top">
        <Badge tone={member.kind === "WEBHOOK" ? "indigo" : member.kind === "USER" ? "green" : "gray"}>
          {MEMBER_KIND_LABEL[member.kind]}
        </Badge>
      </td>
      <td className="px-3 py-2 align-top">
        <div className="font-medium">{member.label}</div>
        {member.address !== member.label ? <div className="break-all text-slate-600">{member.address}</div> : null}
        {member.inactive ? <div className="text-sm text-amber-700">Deactivated user: receives nothing</div> : null}
        {rotateState.ok && rotateState.secret ? (
          <SecretNotice secret={rotateState.secret} url={member.address} />
        ) : null}
        {member.kind === "WEBHOOK" ? <WebhookTimeoutForm member={member} groupKey={groupKey} /> : null}
      </td>
      <td className="px-3 py-2 align-top">
        <div className="flex flex-wrap items-center gap-2">
          {member.kind === "WEBHOOK" ? (
            <form onSubmit={submitWithoutReset(rotate)}>
              <input type="hidden" name="id" value={member.id} />
              <input type="hidden" name="groupKey" value={groupKey} />
              <Button
                type="submit"
                variant="secondary"
                disabled={rotating}
                aria-label={`Rotate secret of ${member.address}`}
              >
                Rotate secret
              </Button>
            </form>
          ) : null}
          <form onSubmit={submitWithoutReset(remove)}>
            <input type="hidden" name="id" value={member.id} />
            <input type="hidden" name="groupKey" value={groupKey} />
            <Button type="submit" variant="secondary" disabled={removing} aria-label={`Remove ${member.address}`}>
              Remove
            </Button>
          </form>
        </div>
        {rotateState.ok ? null : <FormMessage state={rotateState} />}
        <FormMessage state={removeState} />
      </td>
    </tr>
  );
}
