"use client";

import { useActionState } from "react";
import { initialActionState, typedValues, type ActionState } from "@/lib/domain/action-state";

type FormAction = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * An edit form's plumbing: the action to post and whether it is in flight; each field's value —
 * what was typed after a refusal, else the record's current one, so nothing typed is lost; the
 * field errors; and a key that re-mounts the form on every answer, so selects show those values too.
 */
export function useEditForm<V extends object>(formAction: FormAction, current: V) {
  const [state, action, pending] = useActionState(formAction, initialActionState);
  const typed = typedValues(state);
  const value = (k: keyof V & string): string => typed[k] ?? String(current[k] ?? "");
  return {
    state,
    action,
    pending,
    value,
    errors: state.fieldErrors,
    formKey: state.at ? `answer-${state.at}` : "form",
  };
}
