"use client";

import { useEditForm } from "@/components/ui/use-edit-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { BACKUP_POLICY_FIELDS } from "@/lib/domain/backup-policy-input";
import { updateBackupPolicyAction } from "../actions";
import { SubmitRow } from "@/components/ui/submit-row";

const LABELS: Record<(typeof BACKUP_POLICY_FIELDS)[number], string> = {
  location: "Location",
  replication: "Replication",
  frequency: "Frequency",
  retention: "Retention",
  encryption: "Encryption",
  compression: "Compression",
  integrityCheck: "Integrity check",
};

export type PolicyValues = Record<
  "key" | "name" | "tier" | "scope" | "dataAsset" | (typeof BACKUP_POLICY_FIELDS)[number],
  string
>;

/** Edits one policy; ids carry the policy's key, since every policy on the page has this form. */
export function PolicyForm({ current, assets }: { current: PolicyValues; assets: { slug: string; name: string }[] }) {
  const { state, action, pending, value: v, errors: e, formKey } = useEditForm(updateBackupPolicyAction, current);
  const id = (name: string) => `${current.key}-${name}`;
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-2" key={formKey}>
      <input type="hidden" name="key" value={current.key} />
      <TextField label="Name" name="name" id={id("name")} defaultValue={v("name")} errors={e.name} />
      <TextField label="Tier" name="tier" id={id("tier")} defaultValue={v("tier")} errors={e.tier} />
      {BACKUP_POLICY_FIELDS.map((f) => (
        <TextField key={f} label={LABELS[f]} name={f} id={id(f)} defaultValue={v(f)} errors={e[f]} />
      ))}
      <SelectField
        label="Data asset"
        name="dataAsset"
        id={id("dataAsset")}
        defaultValue={v("dataAsset")}
        errors={e.dataAsset}
      >
        <option value="">None tracked</option>
        {assets.map((a) => (
          <option key={a.slug} value={a.slug}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Scope"
        name="scope"
        id={id("scope")}
        rows={3}
        defaultValue={v("scope")}
        hint="One path per line; empty for everything."
        errors={e.scope}
        className="sm:col-span-2"
      />
      <SubmitRow state={state} pending={pending} label="Save policy" busy="Saving…" />
    </form>
  );
}
