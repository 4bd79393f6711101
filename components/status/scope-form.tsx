"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues, type ActionState } from "@/lib/domain/action-state";
import type { ScopeChoices } from "@/lib/domain/subscriptions";
import { echoedScope, ScopeFields, type ScopeValues } from "./scope-fields";

/** Changes what an existing subscription covers; used from a manage link and in the console. */
export function ScopeForm({
  action: save,
  choices,
  current,
  hidden = {},
  submitLabel = "Save",
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  choices: ScopeChoices;
  current: ScopeValues;
  hidden?: Record<string, string>;
  submitLabel?: string;
}) {
  const [state, action, pending] = useActionState(save, initialActionState);
  const values = state.ok || !state.values ? current : echoedScope(typedValues(state));
  return (
    <form action={action} noValidate className="space-y-4" key={state.at ?? "form"} aria-label="What you get">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ScopeFields choices={choices} values={values} errors={state.fieldErrors} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
