"use client";

import { TextAreaField, TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/domain/errors";
import { TEXT_LIMITS } from "@/lib/domain/status-update";
import type { UpdatePreview } from "@/lib/server/status-updates/compose";

type Props = { draft: UpdatePreview; values: Record<string, string>; errors: FieldErrors };

/**
 * The rendered template's texts, editable for this message only. A value the incident does not
 * have stays as `{placeholder}` and is listed, so it is never sent blank: sending is refused
 * until the text no longer holds it.
 */
export function MessageTexts({ draft, values, errors }: Props) {
  const value = (name: "message" | "subject" | "body" | "shortText") => values[name] ?? draft[name];
  return (
    <div className="space-y-3">
      {draft.missing.length ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          No value on this incident for {draft.missing.map((m) => `{${m}}`).join(", ")}: replace{" "}
          {draft.missing.length === 1 ? "it" : "them"} in the text before sending.
        </p>
      ) : null}
      <TextAreaField
        id="update-message"
        name="message"
        label="Public text"
        hint="Shown on the status page and mailed to subscribers."
        rows={3}
        maxLength={TEXT_LIMITS.message}
        defaultValue={value("message")}
        errors={errors.message}
      />
      <TextField
        id="update-subject"
        name="subject"
        label="E-mail subject"
        maxLength={TEXT_LIMITS.subject}
        defaultValue={value("subject")}
        errors={errors.subject}
      />
      <TextAreaField
        id="update-body"
        name="body"
        label="E-mail body"
        hint="Also what the app shows matrix group members."
        rows={6}
        maxLength={TEXT_LIMITS.body}
        defaultValue={value("body")}
        errors={errors.body}
      />
      <TextAreaField
        id="update-short-text"
        name="shortText"
        label="Short text"
        hint="For webhooks and chat; the public text when empty."
        rows={2}
        maxLength={TEXT_LIMITS.shortText}
        defaultValue={value("shortText")}
        errors={errors.shortText}
      />
    </div>
  );
}
