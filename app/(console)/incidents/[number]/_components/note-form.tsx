"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/domain/action-state";
import { addNoteAction } from "../actions";
import { CONTROL, FieldError, IncidentFields, Outcome, typed } from "./form-bits";

/** A note for the timeline; Ctrl+Enter (⌘+Enter on a Mac) adds it without leaving the keyboard. */
export function NoteForm({ incidentId, number }: { incidentId: string; number: number }) {
  const [state, action, pending] = useActionState(addNoteAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  const v = typed(state);
  return (
    <form ref={form} action={action} className="space-y-2" key={state.ok ? `ok-${state.at}` : "form"}>
      <IncidentFields incidentId={incidentId} number={number} />
      <label htmlFor="note-message" className="block text-sm font-medium text-slate-700">
        Add a note
      </label>
      <textarea
        id="note-message"
        name="message"
        rows={3}
        defaultValue={v.message}
        placeholder="What you found, what you tried, what you decided"
        aria-invalid={state.fieldErrors.message ? true : undefined}
        aria-describedby={state.fieldErrors.message ? "note-message-error" : "note-message-hint"}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !pending) {
            event.preventDefault();
            form.current?.requestSubmit();
          }
        }}
        className={CONTROL}
      />
      <FieldError id="note-message-error" errors={state.fieldErrors.message} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add note"}
        </Button>
        <span id="note-message-hint" className="text-xs text-slate-500">
          <kbd className="font-mono">Ctrl</kbd>+<kbd className="font-mono">Enter</kbd> adds the note
        </span>
        <Outcome state={state} />
      </div>
    </form>
  );
}
