"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { SEVERITIES } from "@/lib/domain/severity";
import { startDrillAction } from "../actions";

/** "Start as drill": declares the drill's incident and opens its bridge. */
export function DrillForm({
  testKey,
  testName,
  components,
}: {
  testKey: string;
  testName: string;
  components: { id: string; name: string }[];
}) {
  const [state, action, pending] = useActionState(startDrillAction, initialActionState);
  const typed = typedValues(state);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" data-testid={`drill-${testKey}`}>
      <input type="hidden" name="key" value={testKey} />
      <SelectField
        id={`drill-severity-${testKey}`}
        name="severity"
        label={`Drill severity for ${testName}`}
        hideLabel
        compact
        defaultValue={typed.severity || "SEV2"}
        errors={state.fieldErrors.severity}
      >
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`drill-component-${testKey}`}
        name="componentId"
        label={`Component the drill of ${testName} takes down`}
        hideLabel
        compact
        defaultValue={typed.componentId}
        errors={state.fieldErrors.componentId}
      >
        {components.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending} className="min-h-11" aria-label={`Start ${testName} as drill`}>
        {pending ? "Starting…" : "Start as drill"}
      </Button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
