"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { addNoteAction } from "../actions";
import { IncidentFields, Outcome } from "./form-bits";

/** A note for the timeline; Ctrl+Enter (⌘+Enter on a Mac) adds it without leaving the keyboard. */
export function NoteForm({ incidentId, number }: { incidentId: string; number: number }) {
  const [state, action, pending] = useActionState(addNoteAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  const v = typedValues(state);
  return (
    <form ref={form} action={action} className="space-y-2" key={state.ok ? `ok-${state.at}` : "form"}>
      <IncidentFields incidentId={incidentId} number={number} />
      <TextAreaField
        id="note-message"
        name="message"
        label="Add a note"
        defaultValue={v.message}
        placeholder="What you found, what you tried, what you decided"
        errors={state.fieldErrors.message}
        aria-describedby="note-message-hint"
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !pending) {
            event.preventDefault();
            form.current?.requestSubmit();
          }
        }}
      />
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
