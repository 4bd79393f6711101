"use client";

import { SelectField, TextField } from "@/components/ui/field";
import { COMPONENT_STATE_LABEL, COMPONENT_STATES } from "@/lib/domain/component-state";
import type { FieldErrors } from "@/lib/domain/errors";

export type PublicComponent = { id: string; name: string; publicState: string | null };

type Props = {
  idPrefix: string;
  title: string;
  components: PublicComponent[];
  values: Record<string, string>;
  errors: FieldErrors;
};

/** The incident's public title and how each of its components shows on the status page. */
export function PublicFaceFields({ idPrefix, title, components, values, errors }: Props) {
  return (
    <div className="space-y-3">
      <TextField
        id={`${idPrefix}-public-title`}
        name="publicTitle"
        label="Public title"
        hint="What the status page calls this incident; internal titles can name customers or systems."
        defaultValue={values.publicTitle ?? title}
        maxLength={200}
        errors={errors.publicTitle}
      />
      <div className="grid gap-2 sm:grid-cols-2">
        {components.map((c) => (
          <SelectField
            key={c.id}
            id={`${idPrefix}-state-${c.id}`}
            name={`componentState.${c.id}`}
            label={`${c.name} on the status page`}
            defaultValue={values[`componentState.${c.id}`] ?? c.publicState ?? ""}
            errors={errors[`componentStates.${c.id}`]}
          >
            <option value="">From the severity</option>
            {COMPONENT_STATES.map((s) => (
              <option key={s} value={s}>
                {COMPONENT_STATE_LABEL[s]}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
    </div>
  );
}
