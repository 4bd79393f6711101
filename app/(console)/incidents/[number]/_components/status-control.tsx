"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { OptionalLabel, SelectField, TextAreaField } from "@/components/ui/field";
import { STATUS_LABEL, STATUSES } from "@/lib/domain/incident-status";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { changeStatusAction } from "../actions";
import { IncidentFields, Outcome } from "./form-bits";

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
  const v = typedValues(state);
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
      <SelectField
        id="status-target"
        name="status"
        label="Change status to"
        value={target}
        onChange={(e) => setTarget(e.target.value)}
        errors={fe.status}
        addon={
          <Button type="submit" disabled={pending || !target} className="shrink-0">
            {pending ? "Saving…" : status === "RESOLVED" ? "Reopen" : "Update status"}
          </Button>
        }
      >
        {moves.map((m) => (
          <option key={m} value={m}>
            {STATUS_LABEL[m]}
            {status === "RESOLVED" ? " (reopen)" : ""}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="status-note"
        name="note"
        label={<OptionalLabel note="optional, goes on the timeline">Note</OptionalLabel>}
        rows={2}
        defaultValue={v.note}
        errors={fe.note}
      />
      {resolving ? (
        <>
          <TextAreaField
            id="status-root-cause"
            name="rootCauseSummary"
            label="Root cause summary"
            rows={2}
            defaultValue={v.rootCauseSummary ?? rootCauseSummary}
            errors={fe.rootCauseSummary}
          />
          <TextAreaField
            id="status-resolution"
            name="resolutionSummary"
            label="Resolution summary"
            rows={2}
            defaultValue={v.resolutionSummary ?? resolutionSummary}
            errors={fe.resolutionSummary}
          />
        </>
      ) : null}
      <Outcome state={state} />
    </form>
  );
}
