"use client";

import { SubmitRow } from "@/components/ui/submit-row";
import { useEditForm } from "@/components/ui/use-edit-form";
import { CheckboxField } from "@/components/ui/choice-group";
import { SelectField, TextField } from "@/components/ui/field";
import { CHECK_METHODS } from "@/lib/domain/slo/settings-input";
import { saveHealthCheckAction } from "../actions";

export type CheckValues = {
  id: string;
  serviceId: string;
  name: string;
  url: string;
  method: string;
  expectedStatus: string;
  intervalSeconds: string;
  timeoutMs: string;
  enabled: boolean;
  availabilitySloId: string;
  latencySloId: string;
};

export const NEW_CHECK: CheckValues = {
  id: "",
  serviceId: "",
  name: "",
  url: "",
  method: "GET",
  expectedStatus: "200",
  intervalSeconds: "60",
  timeoutMs: "5000",
  enabled: true,
  availabilitySloId: "",
  latencySloId: "",
};

type Choices = {
  services: { id: string; name: string }[];
  slos: { id: string; name: string; kind: string }[];
};

/** Creates a check (no id) or edits one. */
export function CheckForm({ current, choices }: { current: CheckValues; choices: Choices }) {
  const { state, action, pending, value: v, errors: e, formKey } = useEditForm(saveHealthCheckAction, current);
  const creating = current.id === "";
  // The id prefix keeps two forms on one page (none today) from sharing field ids.
  const idOf = (name: string) => `${creating ? "new" : "edit"}-${name}`;
  return (
    <form
      action={action}
      noValidate
      className="grid gap-4 sm:grid-cols-2"
      // After a create the form starts empty again; after a failure it keeps what was typed.
      key={formKey}
    >
      {creating ? null : <input type="hidden" name="id" value={current.id} />}
      <TextField id={idOf("name")} label="Name" name="name" defaultValue={v("name")} errors={e.name} />
      <SelectField
        id={idOf("serviceId")}
        label="Service"
        name="serviceId"
        defaultValue={v("serviceId")}
        errors={e.serviceId}
      >
        <option value="">Choose a service</option>
        {choices.services.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id={idOf("url")}
        label="URL"
        name="url"
        type="url"
        defaultValue={v("url")}
        hint="Requested as is; redirects are not followed."
        errors={e.url}
        className="sm:col-span-2"
      />
      <SelectField id={idOf("method")} label="Method" name="method" defaultValue={v("method")} errors={e.method}>
        {CHECK_METHODS.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </SelectField>
      <TextField
        id={idOf("expectedStatus")}
        label="Expected status"
        name="expectedStatus"
        inputMode="numeric"
        defaultValue={v("expectedStatus")}
        errors={e.expectedStatus}
      />
      <TextField
        id={idOf("intervalSeconds")}
        label="Interval (seconds)"
        name="intervalSeconds"
        inputMode="numeric"
        defaultValue={v("intervalSeconds")}
        errors={e.intervalSeconds}
      />
      <TextField
        id={idOf("timeoutMs")}
        label="Timeout (ms)"
        name="timeoutMs"
        inputMode="numeric"
        defaultValue={v("timeoutMs")}
        errors={e.timeoutMs}
      />
      <SelectField
        id={idOf("availabilitySloId")}
        label="Availability SLO"
        name="availabilitySloId"
        defaultValue={v("availabilitySloId")}
        hint="Each run records one request: good when the status is the expected one."
        errors={e.availabilitySloId}
      >
        <option value="">None</option>
        {choices.slos
          .filter((s) => s.kind !== "LATENCY_P95")
          .map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
      </SelectField>
      <SelectField
        id={idOf("latencySloId")}
        label="Latency SLO"
        name="latencySloId"
        defaultValue={v("latencySloId")}
        hint="Good when the answer is ok and within the SLO's threshold."
        errors={e.latencySloId}
      >
        <option value="">None</option>
        {choices.slos
          .filter((s) => s.kind === "LATENCY_P95")
          .map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
      </SelectField>
      <CheckboxField
        id={idOf("enabled")}
        name="enabled"
        label="Enabled"
        defaultChecked={state.ok || !state.values ? current.enabled : state.values.enabled === "on"}
        hint="A disabled check keeps its settings and results but does not run."
        errors={e.enabled}
        className="sm:col-span-2"
      />
      <SubmitRow state={state} pending={pending} label={creating ? "Create check" : "Save check"} busy="Saving…" />
    </form>
  );
}
