"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import type { PreviewSample } from "@/lib/domain/placeholders";
import { BODY_MAX, SHORT_MAX, SUBJECT_MAX } from "@/lib/domain/template-input";
import {
  TEMPLATE_AUDIENCE,
  TEMPLATE_AUDIENCES,
  TEMPLATE_STATE_LABEL,
  TEMPLATE_STATES,
} from "@/lib/domain/template-vocabulary";
import { createTemplateAction, saveTemplateAction } from "../actions";
import { SaveMessage } from "../../matrix/_components/save-message";
import { submitWithoutReset } from "../../matrix/_components/submit-without-reset";
import { PlaceholderList } from "./placeholder-list";
import { TemplatePreview } from "./template-preview";

export type EditableTemplate = {
  id: string;
  key: string;
  name: string;
  description: string;
  state: string;
  audience: string;
  currentVersion: number;
  subject: string;
  body: string;
  shortText: string;
};

type Props = { template: EditableTemplate | null; samples: PreviewSample[] };

const FIELD_NAMES = ["key", "name", "description", "state", "audience", "subject", "body", "shortText"];

/** The editor beside its live preview; side by side on wide screens, stacked on narrow ones. */
export function TemplateEditor({ template, samples }: Props) {
  const [state, action, pending] = useActionState(
    template ? saveTemplateAction : createTemplateAction,
    initialActionState,
  );
  const v = typedValues(state);
  const errors = state.fieldErrors;
  // The texts are held here so the preview follows every key press.
  const [subject, setSubject] = useState(template?.subject ?? "");
  const [body, setBody] = useState(template?.body ?? "");
  const [shortText, setShortText] = useState(template?.shortText ?? "");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form
        onSubmit={submitWithoutReset(action)}
        noValidate
        aria-label={template ? `Edit ${template.name}` : "New template"}
        className="min-w-0 space-y-4"
      >
        {template ? (
          <>
            <input type="hidden" name="id" value={template.id} />
            <input type="hidden" name="templateKey" value={template.key} />
            <input type="hidden" name="baseVersion" value={template.currentVersion} />
          </>
        ) : (
          <TextField
            label="Key"
            name="key"
            defaultValue={v.key ?? ""}
            errors={errors.key}
            hint="Lower-case letters, digits and underscores, e.g. customer_update. It is in links and cannot change."
            autoComplete="off"
          />
        )}
        <TextField label="Name" name="name" defaultValue={v.name ?? template?.name ?? ""} errors={errors.name} />
        <TextField
          label="Purpose"
          name="description"
          defaultValue={v.description ?? template?.description ?? ""}
          errors={errors.description}
          hint="When to use it, for whoever picks a template under pressure."
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Incident state"
            name="state"
            defaultValue={v.state ?? template?.state ?? "INVESTIGATING"}
            errors={errors.state}
          >
            {TEMPLATE_STATES.map((s) => (
              <option key={s} value={s}>
                {TEMPLATE_STATE_LABEL[s]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Audience"
            name="audience"
            defaultValue={v.audience ?? template?.audience ?? "STAKEHOLDERS"}
            errors={errors.audience}
          >
            {TEMPLATE_AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {TEMPLATE_AUDIENCE[a].label}: {TEMPLATE_AUDIENCE[a].hint}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          label="E-mail subject"
          name="subject"
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
          maxLength={SUBJECT_MAX}
          errors={errors.subject}
        />
        <TextAreaField
          label="E-mail body"
          name="body"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={12}
          maxLength={BODY_MAX}
          errors={errors.body}
          className="[&_textarea]:font-mono"
        />
        <TextAreaField
          label="Short text"
          name="shortText"
          value={shortText}
          onChange={(e) => setShortText(e.target.value)}
          rows={2}
          maxLength={SHORT_MAX}
          errors={errors.shortText}
          hint="One line for webhooks and chat. Empty: the subject is used."
        />
        <PlaceholderList />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : template ? `Save as version ${template.currentVersion + 1}` : "Create template"}
          </Button>
          <SaveMessage state={state} fields={FIELD_NAMES} />
        </div>
      </form>
      <TemplatePreview text={{ subject, body, shortText }} samples={samples} />
    </div>
  );
}
