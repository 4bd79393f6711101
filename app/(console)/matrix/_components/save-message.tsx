import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/domain/action-state";

/**
 * The form's outcome. When every error is already shown next to a field of this form, point
 * there instead of repeating the field names; other errors keep their own message.
 */
export function SaveMessage({ state, fields }: { state: ActionState; fields: string[] }) {
  const keys = Object.keys(state.fieldErrors);
  const shownByFields = !state.ok && keys.length > 0 && keys.every((k) => fields.includes(k));
  return (
    <FormMessage state={shownByFields ? { ok: false, message: "Not saved: see the message by the field." } : state} />
  );
}
