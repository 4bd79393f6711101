import { CheckboxGroup, RadioGroup } from "@/components/ui/choice-group";
import { SelectField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/domain/errors";
import { SCOPE_HINTS, SCOPE_LABELS, SUBSCRIPTION_SCOPES, type ScopeChoices } from "@/lib/domain/subscriptions";

export type ScopeValues = { scope?: string; componentIds?: string[]; groupId?: string | null };

/** Typed values echoed after a failed post (componentIds comma-joined), as the fields' defaults. */
export function echoedScope(v: Record<string, string>): ScopeValues {
  return { scope: v.scope, componentIds: v.componentIds?.split(",").filter(Boolean), groupId: v.groupId };
}

/**
 * What a subscription covers: all components, chosen ones, or a group. Every control is shown
 * (it works without JavaScript); the chosen scope decides which of them counts.
 */
export function ScopeFields({
  choices,
  values,
  errors,
}: {
  choices: ScopeChoices;
  values: ScopeValues;
  errors: FieldErrors;
}) {
  const scopes = choices.groups.length > 0 ? SUBSCRIPTION_SCOPES : SUBSCRIPTION_SCOPES.filter((s) => s !== "GROUP");
  return (
    <div className="space-y-4">
      <RadioGroup
        id="scope"
        name="scope"
        legend="Send me updates about"
        layout="mt-1 grid gap-2 sm:grid-cols-3"
        defaultValue={values.scope ?? "ALL"}
        errors={errors.scope}
        choices={scopes.map((s) => ({ value: s, label: SCOPE_LABELS[s], hint: SCOPE_HINTS[s] }))}
      />
      <CheckboxGroup
        id="componentIds"
        name="componentIds"
        legend="Components (for “Chosen components”)"
        layout="mt-2 grid gap-2 sm:grid-cols-2"
        defaultValues={new Set(values.componentIds ?? [])}
        errors={errors.componentIds}
        choices={choices.components.map((c) => ({ value: c.id, label: c.name, hint: c.group ?? undefined }))}
      />
      {choices.groups.length > 0 ? (
        <SelectField
          label="Group (for “A component group”)"
          name="groupId"
          defaultValue={values.groupId ?? ""}
          errors={errors.groupId}
        >
          <option value="">Choose a group</option>
          {choices.groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </SelectField>
      ) : null}
    </div>
  );
}
