"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { SEVERITIES, SEVERITY_LABEL } from "@/lib/domain/severity";

export type Row = { value: string; severity: string };

/** Bridge's severities as the options of a select, named as the console names them. */
export function SeverityOptions() {
  return SEVERITIES.map((s) => (
    <option key={s} value={s}>
      {SEVERITY_LABEL[s]}
    </option>
  ));
}

/** The source's value → Bridge severity table, one editable row each; errors sit on their row. */
export function SeverityRows({ initial, errors }: { initial: Row[]; errors: Record<string, string[]> }) {
  const [rows, setRows] = useState(() => initial.map((row, i) => ({ ...row, key: i })));
  const [next, setNext] = useState(initial.length);
  const add = () => {
    setRows([...rows, { value: "", severity: "SEV3", key: next }]);
    setNext(next + 1);
  };
  return (
    <fieldset className="sm:col-span-2" aria-describedby={errors.severityMap ? "severityMap-error" : undefined}>
      <legend className="text-sm font-medium text-slate-700">Severity mapping</legend>
      <p className="text-xs text-slate-600">The source&apos;s value (e.g. critical) and the severity it declares.</p>
      <ul className="mt-2 space-y-2">
        {rows.map((row, i) => (
          <li key={row.key} className="flex flex-wrap items-start gap-2">
            <TextField
              label={`Value ${i + 1}`}
              hideLabel
              compact
              id={`mapValue-${row.key}`}
              name="mapValue"
              defaultValue={row.value}
              placeholder="critical"
              errors={errors[`severityMap.${i}.value`]}
              className="min-w-0 flex-1"
            />
            <SelectField
              label={`Severity for value ${i + 1}`}
              hideLabel
              compact
              id={`mapSeverity-${row.key}`}
              name="mapSeverity"
              defaultValue={row.severity}
              errors={errors[`severityMap.${i}.severity`]}
            >
              <SeverityOptions />
            </SelectField>
            <Button
              type="button"
              variant="secondary"
              aria-label={`Remove row ${i + 1}`}
              onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <Button type="button" variant="secondary" className="mt-2" onClick={add}>
        Add a row
      </Button>
      <FieldError id="severityMap-error" errors={errors.severityMap} />
    </fieldset>
  );
}
