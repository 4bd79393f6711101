"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SEVERITIES, SEVERITY_LABEL } from "@/lib/domain/severity";
import { initialActionState } from "@/lib/domain/action-state";
import { acknowledgeAction, changeSeverityAction, handOverAction } from "../actions";
import { CONTROL, FieldError, IncidentFields, Outcome, typed } from "./form-bits";

type Base = { incidentId: string; number: number };

export function SeverityControl({ incidentId, number, severity, resolved }: Base & { severity: string; resolved: boolean }) {
  const [state, action, pending] = useActionState(changeSeverityAction, initialActionState);
  const v = typed(state);
  const fe = state.fieldErrors;
  return (
    <form action={action} className="space-y-2" key={state.ok ? `ok-${state.at}` : "form"}>
      <IncidentFields incidentId={incidentId} number={number} />
      <label htmlFor="severity-target" className="block text-sm font-medium text-slate-700">
        Severity
      </label>
      <div className="flex gap-2">
        <select id="severity-target" name="severity" defaultValue={v.severity ?? severity} disabled={resolved} aria-invalid={fe.severity ? true : undefined} aria-describedby={fe.severity ? "severity-target-error" : "severity-hint"} className={CONTROL}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABEL[s]}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" disabled={pending || resolved} className="shrink-0">
          Change
        </Button>
      </div>
      {fe.severity ? (
        <FieldError id="severity-target-error" errors={fe.severity} />
      ) : (
        <p id="severity-hint" className="text-xs text-slate-500">
          {resolved ? "Reopen the incident to change its severity." : "Cancels pending notifications and re-plans them from now."}
        </p>
      )}
      <Outcome state={state} />
    </form>
  );
}

export function HandoverControl({ incidentId, number, commanderId, people }: Base & { commanderId: string | null; people: { id: string; name: string; email: string }[] }) {
  const [state, action, pending] = useActionState(handOverAction, initialActionState);
  const v = typed(state);
  const fe = state.fieldErrors;
  const others = people.filter((p) => p.id !== commanderId);
  return (
    <form action={action} className="space-y-2" key={state.ok ? `ok-${state.at}` : "form"}>
      <IncidentFields incidentId={incidentId} number={number} />
      <label htmlFor="handover-target" className="block text-sm font-medium text-slate-700">
        Hand over to
      </label>
      <div className="flex gap-2">
        <select id="handover-target" name="commanderId" defaultValue={v.commanderId ?? ""} aria-invalid={fe.commanderId ? true : undefined} aria-describedby={fe.commanderId ? "handover-target-error" : undefined} className={CONTROL}>
          <option value="" disabled>
            Choose a person…
          </option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.email})
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" disabled={pending} className="shrink-0">
          Hand over
        </Button>
      </div>
      <FieldError id="handover-target-error" errors={fe.commanderId} />
      <Outcome state={state} />
    </form>
  );
}

export function AcknowledgeButton({ incidentId, number }: Base) {
  const [state, action, pending] = useActionState(acknowledgeAction, initialActionState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <IncidentFields incidentId={incidentId} number={number} />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Acknowledging…" : "Acknowledge"}
      </Button>
      {state.message ? (
        <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}>
          {state.message}
        </p>
      ) : (
        <span className="text-sm text-red-800">Nobody has acknowledged yet: escalation continues until someone does.</span>
      )}
    </form>
  );
}
