"use client";

import { useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { OptionalLabel, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { saveRunbookAction } from "../actions";
import { StepFields, type EditableStep } from "./step-fields";

export type RunbookValues = {
  runbookId: string;
  key: string;
  title: string;
  category: string;
  description: string;
  steps: Omit<EditableStep, "uid">[];
};

// Form-local keys: the same on the server and in the browser, so the rendered ids hydrate as they are.
const withUid = (s: Omit<EditableStep, "uid">, n: number): EditableStep => ({ ...s, uid: `s${n}` });
const blank = (n: number) => withUid({ id: "", title: "", description: "", command: "", expectedResult: "" }, n);

/** The steps as typed before a failed save ("steps.0.title" …), else as stored. */
function startingSteps(typed: Record<string, string>, current: RunbookValues["steps"]): EditableStep[] {
  const steps: EditableStep[] = [];
  for (let i = 0; typed[`steps.${i}.title`] !== undefined; i++) {
    const f = (k: string) => typed[`steps.${i}.${k}`] ?? "";
    steps.push(
      withUid(
        {
          id: f("id"),
          title: f("title"),
          description: f("description"),
          command: f("command"),
          expectedResult: f("expectedResult"),
        },
        i,
      ),
    );
  }
  if (steps.length) return steps;
  return current.length ? current.map(withUid) : [blank(0)];
}

/** Creates a runbook (no runbookId) or edits one; each save is a new version with its note. */
export function RunbookForm({ current }: { current: RunbookValues }) {
  const [state, action, pending] = useActionState(saveRunbookAction, initialActionState);
  return <Editor key={state.at ?? "form"} current={current} state={state} action={action} pending={pending} />;
}

type EditorProps = {
  current: RunbookValues;
  state: typeof initialActionState;
  action: (form: FormData) => void;
  pending: boolean;
};

function Editor({ current, state, action, pending }: EditorProps) {
  const typed = typedValues(state);
  const v = (k: "key" | "title" | "category" | "description") => typed[k] ?? current[k];
  const [steps, setSteps] = useState(() => startingSteps(typed, current.steps));
  const added = useRef(steps.length);
  const e = state.fieldErrors;
  const creating = !current.runbookId;
  const move = (from: number, to: number) =>
    setSteps((list) => {
      const next = [...list];
      const [moved] = next.splice(from, 1);
      next.splice(to, 0, moved);
      return next;
    });
  return (
    <form action={action} noValidate className="grid min-w-0 gap-4">
      <input type="hidden" name="runbookId" value={current.runbookId} />
      {creating ? (
        <TextField
          label="Key"
          name="key"
          defaultValue={v("key")}
          hint="The runbook's address, e.g. region-failover; it cannot change later."
          errors={e.key}
        />
      ) : (
        <input type="hidden" name="key" value={current.key} />
      )}
      <TextField label="Title" name="title" defaultValue={v("title")} errors={e.title} />
      <TextField
        label="Category"
        name="category"
        defaultValue={v("category")}
        hint="e.g. outage, failover, data-corruption"
        errors={e.category}
      />
      <TextAreaField
        label={<OptionalLabel>Description</OptionalLabel>}
        name="description"
        defaultValue={v("description")}
        errors={e.description}
      />
      <fieldset className="min-w-0 space-y-3">
        <legend className="text-sm font-semibold text-slate-900">Steps, in order</legend>
        {e.steps ? (
          <p role="alert" className="text-sm text-red-700">
            {e.steps.join(" ")}
          </p>
        ) : null}
        <ol className="space-y-3">
          {steps.map((s, i) => (
            <StepFields
              key={s.uid}
              step={s}
              index={i}
              count={steps.length}
              errors={e}
              onMove={move}
              onRemove={(at) => setSteps((list) => list.filter((_, j) => j !== at))}
            />
          ))}
        </ol>
        <Button
          type="button"
          variant="secondary"
          className="min-h-11"
          onClick={() => {
            const n = added.current++;
            setSteps((l) => [...l, blank(n)]);
          }}
        >
          Add step
        </Button>
      </fieldset>
      <TextField
        label="What changed"
        name="note"
        defaultValue={typed.note ?? (creating ? "First version" : "")}
        hint="Kept with this version in the runbook's history."
        errors={e.note}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" className="min-h-11" disabled={pending}>
          {pending ? "Saving…" : creating ? "Create runbook" : "Save new version"}
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
