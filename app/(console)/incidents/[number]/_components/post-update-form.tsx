"use client";

import { useActionState, useRef, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField, CheckboxGroup, RadioGroup } from "@/components/ui/choice-group";
import { FieldError } from "@/components/ui/field-error";
import { SelectField, TextField } from "@/components/ui/field";
import { initialActionState, type ActionState } from "@/lib/domain/action-state";
import { STATUS_LABEL } from "@/lib/domain/incident-status";
import { MAX_PROMISE_MINUTES, NEXT_UPDATE_CHOICES, NEXT_UPDATE_LABEL } from "@/lib/domain/status-update";
import type { Compose } from "@/lib/server/status-updates/compose";
import { postUpdateAction, previewUpdateAction } from "../update-actions";
import { IncidentFields } from "./form-bits";
import { MessageTexts } from "./message-texts";
import { PublicFaceFields } from "./public-face-fields";

type Props = {
  incidentId: string;
  number: number;
  status: string;
  moves: string[];
  compose: Compose;
  onCancel: () => void;
  onPosted: (message: string) => void;
};

/** One press of Send: random, made in the browser (works without a secure context too). */
function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function PostUpdateForm({ incidentId, number, status, moves, compose, onCancel, onPosted }: Props) {
  const key = useRef<string | null>(null);
  const keyField = useRef<HTMLInputElement>(null);
  const [state, action, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    const result = await postUpdateAction(prev, form);
    if (result.ok) onPosted(result.message);
    return result;
  }, initialActionState);
  const [, startTransition] = useTransition();
  const [draft, setDraft] = useState(compose.preview);
  const [draftRound, setDraftRound] = useState(0);
  const [previewError, setPreviewError] = useState("");
  const [loading, startPreview] = useTransition();
  const [isPublic, setPublic] = useState(true);
  const [next, setNext] = useState(status === "RESOLVED" ? "none" : "30");
  const v = state.ok ? {} : (state.values ?? {});
  const fe = state.fieldErrors;

  const chooseTemplate = (templateId: string) =>
    startPreview(async () => {
      const answer = await previewUpdateAction(incidentId, templateId);
      if (!answer.ok) return setPreviewError(answer.message);
      setPreviewError("");
      setDraft(answer.preview);
      setDraftRound((r) => r + 1);
    });

  // Submitted by hand so the browser keeps every field as typed when the server refuses it;
  // the key stays the same until a send succeeds, so a second press sends nothing twice.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    key.current ??= newKey();
    if (keyField.current) keyField.current.value = key.current;
    const form = new FormData(event.currentTarget);
    startTransition(() => action(form));
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <IncidentFields incidentId={incidentId} number={number} />
      <input ref={keyField} type="hidden" name="key" defaultValue="" />
      <input type="hidden" name="templateVersion" value={draft.templateVersion ?? ""} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="update-template"
          name="templateId"
          label="Template"
          hint={loading ? "Rendering…" : "Suggested by the incident's state."}
          defaultValue={v.templateId ?? draft.templateId ?? ""}
          onChange={(e) => chooseTemplate(e.target.value)}
          errors={fe.templateId ?? (previewError ? [previewError] : undefined)}
        >
          {compose.templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
              {t.suggested ? " (suggested)" : ""}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="update-status"
          name="status"
          label="Incident status"
          hint="Changing it here moves the incident."
          defaultValue={v.status ?? status}
          errors={fe.status}
        >
          {[status, ...moves].map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
              {s === status ? " (unchanged)" : ""}
            </option>
          ))}
        </SelectField>
      </div>
      <MessageTexts key={draftRound} draft={draft} values={draftRound === 0 ? v : {}} errors={fe} />
      <fieldset className="space-y-3 rounded-md p-3 ring-1 ring-slate-200" aria-describedby="update-audiences-error">
        <legend className="px-1 text-sm font-medium text-slate-700">Audiences</legend>
        <CheckboxGroup
          id="update-groups"
          name="groupIds"
          legend="Matrix groups"
          layout="mt-1 grid gap-1 sm:grid-cols-2"
          choices={compose.groups.map((g) => ({
            value: g.id,
            label: g.name,
            hint: `(${g.members} member${g.members === 1 ? "" : "s"})`,
          }))}
          defaultValues={new Set(state.ok ? [] : (v.groupIds ?? "").split(",").filter(Boolean))}
          errors={fe.groupIds}
        />
        <CheckboxField
          id="update-public"
          name="public"
          label="Public status page"
          hint={compose.published ? "Already public." : "The first publish makes the incident public."}
          defaultChecked={isPublic}
          onChange={(e) => setPublic(e.target.checked)}
          errors={fe.public}
        />
        <CheckboxField
          id="update-subscribers"
          name="notifySubscribers"
          label="Status-page subscribers"
          hint="E-mailed the public text."
          errors={fe.notifySubscribers}
        />
        <FieldError id="update-audiences-error" errors={fe.audiences} />
      </fieldset>
      {isPublic ? (
        <PublicFaceFields
          idPrefix="update"
          title={compose.publicTitle}
          components={compose.components}
          values={v}
          errors={fe}
        />
      ) : null}
      <div onChange={(e) => setNext((e.target as HTMLInputElement).value)}>
        <RadioGroup
          id="update-next"
          name="nextUpdate"
          legend="Next update in"
          layout="mt-1 grid grid-cols-3 gap-2 sm:grid-cols-5"
          choices={NEXT_UPDATE_CHOICES.map((c) => ({ value: c, label: NEXT_UPDATE_LABEL[c] }))}
          defaultValue={v.nextUpdate ?? next}
          errors={fe.nextUpdate}
        />
      </div>
      {next === "custom" ? (
        <TextField
          id="update-custom-minutes"
          name="customMinutes"
          label="Minutes until the next update"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_PROMISE_MINUTES}
          defaultValue={v.customMinutes}
          errors={fe.customMinutes}
        />
      ) : null}
      {state.message && !state.ok && !Object.keys(fe).length ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
      <div className="flex items-center justify-end gap-3 border-t border-slate-200 pt-4">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send update"}
        </Button>
      </div>
    </form>
  );
}
