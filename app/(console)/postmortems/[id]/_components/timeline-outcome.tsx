import type { ActionState } from "@/lib/domain/action-state";

/**
 * A form's outcome, unless it is already said next to one of the form's visible `fields`
 * (an error on a hidden input, such as "published and read-only", is said here).
 */
export function Outcome({ state, fields = [] }: { state: ActionState; fields?: string[] }) {
  if (!state.message) return null;
  if (!state.ok && fields.some((f) => state.fieldErrors[f]?.length)) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}>
      {state.message}
    </p>
  );
}
