"use client";

import { useState } from "react";
import { controlClass, Field } from "@/components/ui/field";
import { windowLabel } from "@/lib/domain/matrix";
import { MAX_WINDOW_MINUTES, WINDOW_PRESETS } from "@/lib/domain/matrix-input";

type Props = {
  /** Prefix for element ids; unique on the page. */
  id: string;
  label: string;
  /** Minutes, or the raw text typed into the custom box last time. */
  defaultMinutes?: number | string;
  errors?: string[];
  form?: string;
  hideLabel?: boolean;
};

/** The plan's windows as choices, or any whole number of minutes up to a week. */
export function DeadlineField({ id, label, defaultMinutes = 0, errors, form, hideLabel }: Props) {
  const preset = WINDOW_PRESETS.find((p) => String(p) === String(defaultMinutes));
  const [choice, setChoice] = useState(preset === undefined ? "custom" : String(preset));
  const selectId = `${id}-window`;
  const invalid = errors?.length ? true : undefined;
  const custom =
    choice === "custom" ? (
      <span className="flex items-center gap-1">
        <label htmlFor={`${id}-minutes`} className="sr-only">
          {label}: minutes after declaration
        </label>
        <input
          id={`${id}-minutes`}
          name="customMinutes"
          form={form}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_WINDOW_MINUTES}
          step={1}
          defaultValue={preset === undefined ? defaultMinutes : ""}
          aria-invalid={invalid}
          aria-describedby={invalid && `${selectId}-error`}
          className={`${controlClass(true)} w-24`}
        />
        <span className="text-sm text-slate-600">min</span>
      </span>
    ) : null;
  return (
    <Field id={selectId} label={label} hideLabel={hideLabel} compact errors={errors} addon={custom}>
      {(a11y) => (
        <select name="window" form={form} value={choice} onChange={(e) => setChoice(e.target.value)} {...a11y}>
          {WINDOW_PRESETS.map((m) => (
            <option key={m} value={m}>
              {windowLabel(m)}
            </option>
          ))}
          <option value="custom">Custom…</option>
        </select>
      )}
    </Field>
  );
}
