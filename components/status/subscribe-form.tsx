"use client";

import { useActionState } from "react";
import { subscribeAction } from "@/app/status/subscribe/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import type { ScopeChoices } from "@/lib/domain/subscriptions";
import { echoedScope, ScopeFields } from "./scope-fields";

/**
 * E-mail sign-up for status updates. A plain form post: it works before (or without) JavaScript,
 * and the server answers the same whether or not the address was subscribed already.
 */
export function SubscribeForm({ choices }: { choices: ScopeChoices }) {
  const [state, action, pending] = useActionState(subscribeAction, initialActionState);
  const v = typedValues(state);
  if (state.ok)
    return (
      <div role="status" className="space-y-2 rounded-md bg-emerald-50 p-4 text-sm text-emerald-900">
        <p className="font-semibold">Almost done</p>
        <p>{state.message}</p>
        <p>The link works for 48 hours. Nothing is sent until you confirm.</p>
      </div>
    );
  return (
    <form action={action} noValidate className="space-y-4" key={state.at ?? "form"} aria-label="Subscribe to updates">
      <TextField
        label="E-mail address"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={v.email}
        errors={state.fieldErrors.email}
      />
      <ScopeFields choices={choices} values={echoedScope(v)} errors={state.fieldErrors} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Subscribing…" : "Subscribe"}
      </Button>
    </form>
  );
}
