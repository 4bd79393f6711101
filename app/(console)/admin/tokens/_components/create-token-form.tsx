"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { CheckboxGroup } from "@/components/ui/choice-group";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SCOPE_INFO, TOKEN_EXPIRY_DAYS, TOKEN_SCOPES } from "@/lib/domain/token-scopes";
import { createTokenAction, type CreateTokenState } from "../actions";
import { NewTokenSecret } from "./new-token-secret";

export function CreateTokenForm() {
  const [state, action, pending] = useActionState<CreateTokenState, FormData>(createTokenAction, initialActionState);
  const v = typedValues(state);
  const chosen = new Set((v.scopes ?? "").split(",").filter(Boolean));
  const scopeErrors = Object.entries(state.fieldErrors)
    .filter(([k]) => k === "scopes" || k.startsWith("scopes."))
    .flatMap(([, m]) => m);
  return (
    <div className="space-y-4">
      {state.ok && state.secret ? <NewTokenSecret name={state.tokenName ?? ""} secret={state.secret} /> : null}
      <form
        action={action}
        className="grid gap-4 sm:grid-cols-2"
        noValidate
        key={state.ok ? `saved-${state.at}` : "form"}
      >
        <TextField
          label="Name"
          name="name"
          defaultValue={v.name}
          hint="What uses it, e.g. alertmanager-prod"
          errors={state.fieldErrors.name}
        />
        <SelectField
          label="Expires"
          name="expiresInDays"
          defaultValue={v.expiresInDays ?? ""}
          errors={state.fieldErrors.expiresInDays}
        >
          <option value="">Never</option>
          {TOKEN_EXPIRY_DAYS.map((d) => (
            <option key={d} value={d}>
              After {d} days
            </option>
          ))}
        </SelectField>
        <CheckboxGroup
          id="scopes"
          name="scopes"
          legend="Scopes"
          className="sm:col-span-2"
          choices={TOKEN_SCOPES.map((scope) => ({
            value: scope,
            label: (
              <>
                <span className="font-mono">{scope}</span> — {SCOPE_INFO[scope].description}
                {SCOPE_INFO[scope].permissions.length === 0 ? (
                  <span className="text-slate-500"> (grants nothing yet)</span>
                ) : null}
              </>
            ),
          }))}
          defaultValues={chosen}
          errors={scopeErrors}
        />
        <div className="flex items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </Button>
          <FormMessage state={state} />
        </div>
      </form>
    </div>
  );
}
