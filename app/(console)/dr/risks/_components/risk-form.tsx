"use client";

import { SubmitRow } from "@/components/ui/submit-row";
import { useEditForm } from "@/components/ui/use-edit-form";
import { OptionalLabel, SelectField, TextAreaField, TextField } from "@/components/ui/field";
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
  const { state, action, pending, value: v, errors: e, formKey } = useEditForm(saveRiskAction, current);
  const fid = (k: string) => `${k}-${current.id || "new"}`;
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-2" key={formKey}>
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
      <SubmitRow state={state} pending={pending} label={current.id ? "Save risk" : "Add risk"} busy="Saving…" />
    </form>
  );
}
