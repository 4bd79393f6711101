// What a form's server action answers. Kept out of lib/server so client components can import it.
import type { FieldErrors } from "./errors";

export type ActionState = {
  ok: boolean;
  message: string;
  fieldErrors: FieldErrors;
  values?: Record<string, string>;
  /** Set on every answer: a form keyed on it re-mounts with the echoed values (selects included). */
  at?: number;
};

export const initialActionState: ActionState = { ok: false, message: "", fieldErrors: {} };

/** What was typed, after a failure; nothing after a success (the form starts afresh). */
export function typedValues(state: ActionState): Record<string, string> {
  return state.ok ? {} : (state.values ?? {});
}
