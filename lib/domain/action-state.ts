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
