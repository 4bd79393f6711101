"use client";

import { useState } from "react";
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

const CONTROL = "rounded-md px-2 py-1.5 text-sm ring-1 ring-inset ring-slate-300 aria-[invalid=true]:ring-red-500";

/** The plan's windows as choices, or any whole number of minutes up to a week. */
export function DeadlineField({ id, label, defaultMinutes = 0, errors, form, hideLabel }: Props) {
  const preset = WINDOW_PRESETS.find((p) => String(p) === String(defaultMinutes));
  const [choice, setChoice] = useState(preset === undefined ? "custom" : String(preset));
  const invalid = errors?.length ? true : undefined;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={`${id}-window`} className={hideLabel ? "sr-only" : "block text-sm font-medium text-slate-700"}>
        {label}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <select id={`${id}-window`} name="window" form={form} value={choice} onChange={(e) => setChoice(e.target.value)} aria-invalid={invalid} aria-describedby={invalid && errorId} className={CONTROL}>
          {WINDOW_PRESETS.map((m) => (
            <option key={m} value={m}>
              {windowLabel(m)}
            </option>
          ))}
          <option value="custom">Custom…</option>
        </select>
        {choice === "custom" ? (
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
              aria-describedby={invalid && errorId}
              className={`${CONTROL} w-24`}
            />
            <span className="text-sm text-slate-600">min</span>
          </span>
        ) : null}
      </div>
      {invalid ? (
        <p id={errorId} role="alert" className="mt-1 text-sm text-red-600">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
