"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { OptionalLabel, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { LEVELS } from "@/lib/domain/level";
import { saveRiskAction } from "../actions";

export type RiskValues = Record<
  "id" | "title" | "probability" | "impact" | "mitigationPriority" | "mitigation" | "ownerId" | "reviewDueAt",
  string
>;

export const NEW_RISK: RiskValues = {
  id: "",
  title: "",
  probability: "MEDIUM",
  impact: "MEDIUM",
  mitigationPriority: "MEDIUM",
  mitigation: "",
  ownerId: "",
  reviewDueAt: "",
};

const LEVEL_FIELDS = [
  ["probability", "Probability"],
  ["impact", "Impact"],
  ["mitigationPriority", "Mitigation priority"],
] as const;

/** Adds a risk (no id) or edits one. Field ids carry the risk's id: several forms share a page. */
export function RiskForm({ current, owners }: { current: RiskValues; owners: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(saveRiskAction, initialActionState);
  const typed = typedValues(state);
  const v = (k: keyof RiskValues) => typed[k] ?? current[k];
  const e = state.fieldErrors;
  const fid = (k: string) => `${k}-${current.id || "new"}`;
  return (
    <form
      action={action}
      noValidate
      className="grid gap-4 sm:grid-cols-2"
      key={state.at ? `answer-${state.at}` : "form"}
    >
      <input type="hidden" name="id" value={current.id} />
      <TextField
        label="Title"
        name="title"
        id={fid("title")}
        defaultValue={v("title")}
        errors={e.title}
        className="sm:col-span-2"
      />
      {LEVEL_FIELDS.map(([name, label]) => (
        <SelectField key={name} label={label} name={name} id={fid(name)} defaultValue={v(name)} errors={e[name]}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </SelectField>
      ))}
      <SelectField
        label={<OptionalLabel>Owner</OptionalLabel>}
        name="ownerId"
        id={fid("ownerId")}
        defaultValue={v("ownerId")}
        errors={e.ownerId}
      >
        <option value="">No owner</option>
        {owners.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={<OptionalLabel>Mitigation</OptionalLabel>}
        name="mitigation"
        id={fid("mitigation")}
        defaultValue={v("mitigation")}
        errors={e.mitigation}
        className="sm:col-span-2"
      />
      <TextField
        label={<OptionalLabel>Review due</OptionalLabel>}
        name="reviewDueAt"
        id={fid("reviewDueAt")}
        type="date"
        defaultValue={v("reviewDueAt")}
        errors={e.reviewDueAt}
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending} className="min-h-11">
          {pending ? "Saving…" : current.id ? "Save risk" : "Add risk"}
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
