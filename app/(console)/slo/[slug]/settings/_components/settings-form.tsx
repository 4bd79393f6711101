"use client";

import { SubmitRow } from "@/components/ui/submit-row";
import { useEditForm } from "@/components/ui/use-edit-form";
import { SelectField, TextField } from "@/components/ui/field";
import { SEVERITIES } from "@/lib/domain/severity";
import { SLO_ALERT_MODE_LABELS, SLO_ALERT_MODES, SLO_WINDOW_LABELS, SLO_WINDOWS } from "@/lib/domain/slo/vocabulary";
import { updateSloSettingsAction } from "../actions";

/** The SLO's stored settings, as the form's strings. */
export type SettingsValues = Record<
  | "slug"
  | "targetPercent"
  | "thresholdMs"
  | "window"
  | "windowDays"
  | "minRequests"
  | "expectedIntervalSeconds"
  | "alertMode"
  | "pageSeverity"
  | "ticketSeverity",
  string
>;

export function SloSettingsForm({ current, latency }: { current: SettingsValues; latency: boolean }) {
  const { state, action, pending, value: v, errors: e, formKey } = useEditForm(updateSloSettingsAction, current);
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-2" key={formKey}>
      <input type="hidden" name="slug" value={current.slug} />
      <TextField
        label="Target (%)"
        name="targetPercent"
        inputMode="decimal"
        defaultValue={v("targetPercent")}
        hint="Share of good events, e.g. 99.9. 100 % leaves no error budget."
        errors={e.targetPercent}
      />
      {latency ? (
        <TextField
          label="Latency threshold (ms)"
          name="thresholdMs"
          inputMode="numeric"
          defaultValue={v("thresholdMs")}
          hint="Requests slower than this count against the objective."
          errors={e.thresholdMs}
        />
      ) : (
        <input type="hidden" name="thresholdMs" value="" />
      )}
      <SelectField label="Window" name="window" defaultValue={v("window")} errors={e.window}>
        {SLO_WINDOWS.map((w) => (
          <option key={w} value={w}>
            {SLO_WINDOW_LABELS[w]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Rolling window (days)"
        name="windowDays"
        inputMode="numeric"
        defaultValue={v("windowDays")}
        hint="Used by the rolling window and to size burn-rate explanations."
        errors={e.windowDays}
      />
      <TextField
        label="Low-traffic minimum (requests)"
        name="minRequests"
        inputMode="numeric"
        defaultValue={v("minRequests")}
        hint="A burn rule never fires on fewer requests than this in its long window."
        errors={e.minRequests}
      />
      <TextField
        label="Expected sample interval (seconds)"
        name="expectedIntervalSeconds"
        inputMode="numeric"
        defaultValue={v("expectedIntervalSeconds")}
        hint="No sample for longer than this raises a missing-data notice."
        errors={e.expectedIntervalSeconds}
      />
      <SelectField
        label="Alert mode"
        name="alertMode"
        defaultValue={v("alertMode")}
        errors={e.alertMode}
        className="sm:col-span-2"
      >
        {SLO_ALERT_MODES.map((m) => (
          <option key={m} value={m}>
            {SLO_ALERT_MODE_LABELS[m]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Page severity" name="pageSeverity" defaultValue={v("pageSeverity")} errors={e.pageSeverity}>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Ticket severity"
        name="ticketSeverity"
        defaultValue={v("ticketSeverity")}
        errors={e.ticketSeverity}
      >
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </SelectField>
      <SubmitRow state={state} pending={pending} label="Save settings" busy="Saving…" />
    </form>
  );
}
