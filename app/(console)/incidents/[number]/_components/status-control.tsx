"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { STATUS_LABEL, STATUSES } from "@/lib/domain/incident-status";
import { initialActionState } from "@/lib/domain/action-state";
import { changeStatusAction } from "../actions";
import { CONTROL, FieldError, IncidentFields, Outcome, typed } from "./form-bits";

type Props = {
  incidentId: string;
  number: number;
  status: string;
  moves: string[];
  rootCauseSummary: string;
  resolutionSummary: string;
};

/** Offers only the moves the lifecycle allows; resolving asks for root cause and resolution. */
export function StatusControl({ incidentId, number, status, moves, rootCauseSummary, resolutionSummary }: Props) {
  const [state, action, pending] = useActionState(changeStatusAction, initialActionState);
  const v = typed(state);
  // Suggest the next step forward; going back stays one choice away.
  const forward = moves.find((m) => STATUSES.indexOf(m as never) > STATUSES.indexOf(status as never));
  const [chosen, setTarget] = useState(v.status ?? forward ?? moves[0] ?? "");
  // Someone else may move the incident while this form is open: never offer a stale move.
  const target = moves.includes(chosen) ? chosen : (forward ?? moves[0] ?? "");
  const fe = state.fieldErrors;
  const resolving = target === "RESOLVED";
  return (
    <form action={action} className="space-y-2" key={state.ok ? `ok-${state.at}` : "form"}>
      <IncidentFields incidentId={incidentId} number={number} />
      <label htmlFor="status-target" className="block text-sm font-medium text-slate-700">
        Change status to
      </label>
      <div className="flex gap-2">
        <select
          id="status-target"
          name="status"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          aria-invalid={fe.status ? true : undefined}
          aria-describedby={fe.status ? "status-target-error" : undefined}
          className={CONTROL}
        >
          {moves.map((m) => (
            <option key={m} value={m}>
              {STATUS_LABEL[m]}
              {status === "RESOLVED" ? " (reopen)" : ""}
            </option>
          ))}
        </select>
        <Button type="submit" disabled={pending || !target} className="shrink-0">
          {pending ? "Saving…" : status === "RESOLVED" ? "Reopen" : "Update status"}
        </Button>
      </div>
      <FieldError id="status-target-error" errors={fe.status} />
      <label htmlFor="status-note" className="block text-sm font-medium text-slate-700">
        Note <span className="font-normal text-slate-500">(optional, goes on the timeline)</span>
      </label>
      <textarea id="status-note" name="note" rows={2} defaultValue={v.note} aria-invalid={fe.note ? true : undefined} className={CONTROL} />
      <FieldError id="status-note-error" errors={fe.note} />
      {resolving ? (
        <>
          <label htmlFor="status-root-cause" className="block text-sm font-medium text-slate-700">
            Root cause summary
          </label>
          <textarea id="status-root-cause" name="rootCauseSummary" rows={2} defaultValue={v.rootCauseSummary ?? rootCauseSummary} className={CONTROL} />
          <FieldError id="status-root-cause-error" errors={fe.rootCauseSummary} />
          <label htmlFor="status-resolution" className="block text-sm font-medium text-slate-700">
            Resolution summary
          </label>
          <textarea id="status-resolution" name="resolutionSummary" rows={2} defaultValue={v.resolutionSummary ?? resolutionSummary} className={CONTROL} />
          <FieldError id="status-resolution-error" errors={fe.resolutionSummary} />
        </>
      ) : null}
      <Outcome state={state} />
    </form>
  );
}
