"use client";

import type { ActionState } from "@/lib/domain/action-state";

export function IncidentFields({ incidentId, number }: { incidentId: string; number: number }) {
  return (
    <>
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="number" value={number} />
    </>
  );
}

/** The form's outcome, unless it is already shown next to a field. */
export function Outcome({ state }: { state: ActionState }) {
  if (!state.message || (!state.ok && Object.keys(state.fieldErrors).length)) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}>
      {state.message}
    </p>
  );
}
