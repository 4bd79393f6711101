"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/choice-group";
import { FieldError } from "@/components/ui/field-error";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { MAX_LEVELS, MAX_REPEAT } from "@/lib/domain/policy-input";
import { initialActionState, type ActionState } from "@/lib/domain/action-state";
import { createPolicyAction, savePolicyAction } from "../actions";
import { LevelEditor } from "./level-editor";
import { blankDraft, blankLevel, fromPolicy, moved, toInput, type Draft, type StoredPolicy } from "./policy-draft";

type Props = { policy: StoredPolicy | null; users: { id: string; name: string; email: string }[] };

/** The whole policy in one form: saved (or created) in one transaction, errors named per field. */
export function PolicyEditor({ policy, users }: Props) {
  const [state, action, pending] = useActionState(policy ? savePolicyAction : createPolicyAction, initialActionState);
  const [draft, setDraft] = useState<Draft>(() => (policy ? fromPolicy(policy) : blankDraft()));
  // When the stored policy changes (after a save), start again from it: new levels now have ids.
  const fingerprint = policy ? JSON.stringify(policy) : "";
  const [syncedWith, setSyncedWith] = useState(fingerprint);
  if (fingerprint !== syncedWith) {
    setSyncedWith(fingerprint);
    if (policy) setDraft(fromPolicy(policy));
  }
  // Errors name fields by level index; once levels move, those names no longer fit.
  const [clearedFor, setClearedFor] = useState<ActionState | null>(null);
  const errors = clearedFor === state ? {} : state.fieldErrors;
  const restructure = (levels: Draft["levels"]) => {
    setDraft({ ...draft, levels });
    setClearedFor(state);
  };
  const wasDefault = policy?.isDefault ?? false;
  const errorKeys = Object.keys(state.fieldErrors);
  const fieldsExplain = !state.ok && errorKeys.length > 0 && errorKeys.every((k) => k !== "id" && k !== "_form");
  // Submitted by hand: React's automatic form reset would put the level selects back to their first option.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={policy ? `Edit ${policy.name}` : "New escalation policy"}
      className="space-y-6"
    >
      <input type="hidden" name="policy" value={JSON.stringify(toInput(draft))} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="policy-name"
          label="Name"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          errors={errors.name}
        />
        <TextField
          id="policy-repeat"
          label="Repeat count"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_REPEAT}
          value={draft.repeatCount}
          onChange={(e) => setDraft({ ...draft, repeatCount: e.target.value })}
          errors={errors.repeatCount}
          hint={`Walk the whole chain again up to ${MAX_REPEAT} more times if nobody acknowledges`}
        />
        <TextAreaField
          id="policy-description"
          label="Description"
          className="sm:col-span-2"
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          errors={errors.description}
        />
        <CheckboxField
          id="policy-default"
          className="sm:col-span-2"
          label="Default policy for new incidents"
          checked={draft.isDefault}
          disabled={wasDefault}
          onChange={(e) => setDraft({ ...draft, isDefault: e.target.checked })}
          hint={
            wasDefault
              ? "This is the default. To change that, make another policy the default."
              : "Exactly one policy is the default: ticking this takes the flag from the current default."
          }
          errors={errors.isDefault}
        />
      </div>

      <div className="space-y-4">
        <h3 className="text-sm font-semibold text-slate-900">Levels, in the order they are paged</h3>
        {draft.levels.map((level, index) => (
          <LevelEditor
            key={level.key}
            level={level}
            index={index}
            count={draft.levels.length}
            users={users}
            errors={errors}
            onChange={(next) => setDraft({ ...draft, levels: draft.levels.map((l, i) => (i === index ? next : l)) })}
            onMove={(to) => restructure(moved(draft.levels, index, to))}
            onRemove={() => restructure(draft.levels.filter((_, i) => i !== index))}
          />
        ))}
        <FieldError errors={errors.levels} />
        <Button
          type="button"
          variant="secondary"
          disabled={draft.levels.length >= MAX_LEVELS}
          onClick={() => restructure([...draft.levels, blankLevel(draft.levels.length + 1)])}
        >
          + Add level
        </Button>
      </div>

      <div className="flex items-center gap-3 border-t border-slate-200 pt-4">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : policy ? "Save policy" : "Create policy"}
        </Button>
        <FormMessage
          state={fieldsExplain ? { ok: false, message: "Not saved: see the messages next to the fields." } : state}
        />
        <FieldError errors={errors._form ?? errors.id} />
      </div>
    </form>
  );
}
