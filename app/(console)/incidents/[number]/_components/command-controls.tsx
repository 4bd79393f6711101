"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { SEVERITIES, SEVERITY_LABEL } from "@/lib/domain/severity";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { acknowledgeAction, changeSeverityAction, handOverAction } from "../actions";
import { IncidentFields, Outcome } from "./form-bits";

type Base = { incidentId: string; number: number };

export function SeverityControl({
  incidentId,
  number,
  severity,
  resolved,
}: Base & { severity: string; resolved: boolean }) {
  const [state, action, pending] = useActionState(changeSeverityAction, initialActionState);
  const v = typedValues(state);
  const fe = state.fieldErrors;
  return (
    <form action={action} className="space-y-2" key={state.ok ? `ok-${state.at}` : "form"}>
      <IncidentFields incidentId={incidentId} number={number} />
      <SelectField
        id="severity-target"
        name="severity"
        label="Severity"
        defaultValue={v.severity ?? severity}
        disabled={resolved}
        errors={fe.severity}
        hint={
          resolved
            ? "Reopen the incident to change its severity."
            : "Cancels pending notifications and re-plans them from now."
        }
        addon={
          <Button type="submit" variant="secondary" disabled={pending || resolved} className="shrink-0">
            Change
          </Button>
        }
      >
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {SEVERITY_LABEL[s]}
          </option>
        ))}
      </SelectField>
      <Outcome state={state} />
    </form>
  );
}

export function HandoverControl({
  incidentId,
  number,
  commanderId,
  people,
}: Base & { commanderId: string | null; people: { id: string; name: string; email: string }[] }) {
  const [state, action, pending] = useActionState(handOverAction, initialActionState);
  const v = typedValues(state);
  const fe = state.fieldErrors;
  const others = people.filter((p) => p.id !== commanderId);
  return (
    <form action={action} className="space-y-2" key={state.ok ? `ok-${state.at}` : "form"}>
      <IncidentFields incidentId={incidentId} number={number} />
      <SelectField
        id="handover-target"
        name="commanderId"
        label="Hand over to"
        defaultValue={v.commanderId ?? ""}
        errors={fe.commanderId}
        addon={
          <Button type="submit" variant="secondary" disabled={pending} className="shrink-0">
            Hand over
          </Button>
        }
      >
        <option value="" disabled>
          Choose a person…
        </option>
        {others.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} ({p.email})
          </option>
        ))}
      </SelectField>
      <Outcome state={state} />
    </form>
  );
}

export function AcknowledgeButton({ incidentId, number }: Base) {
  const [state, action, pending] = useActionState(acknowledgeAction, initialActionState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <IncidentFields incidentId={incidentId} number={number} />
      {/* The one thing a paged person came to do: large, and full width on a phone. */}
      <Button type="submit" variant="danger" disabled={pending} className="min-h-14 w-full text-base sm:w-auto">
        {pending ? "Acknowledging…" : "Acknowledge"}
      </Button>
      {state.message ? (
        <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}>
          {state.message}
        </p>
      ) : (
        <span className="text-sm text-red-800">
          Nobody has acknowledged yet: escalation continues until someone does.
        </span>
      )}
    </form>
  );
}
