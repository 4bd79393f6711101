"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField, CheckboxGroup, RadioGroup } from "@/components/ui/choice-group";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { DEFAULT_SEVERITY_MAP } from "@/lib/domain/integrations/severity-map";
import { SOURCE_KIND, SOURCE_KINDS } from "@/lib/domain/integrations/vocabulary";
import { createSourceAction, updateSourceAction, type KeyState } from "../actions";
import { NewKey } from "./new-key";
import { SeverityOptions, SeverityRows, type Row } from "./severity-rows";

export type SourceSettings = {
  id: string;
  name: string;
  severityLabel: string;
  severityMap: Record<string, string>;
  defaultSeverity: string;
  componentSlugs: string[];
  autoResolve: boolean;
};

type Props = { components: { slug: string; name: string }[]; source?: SourceSettings };

const rowsOf = (map: Record<string, string>): Row[] =>
  Object.entries(map).map(([value, severity]) => ({ value, severity }));

/** Creates a source (then shows its key once) or, given one, edits its settings. */
export function SourceForm({ components, source }: Props) {
  const [state, action, pending] = useActionState<KeyState, FormData>(
    source ? updateSourceAction : createSourceAction,
    initialActionState,
  );
  const typed = typedValues(state);
  const saved = state.ok && !source;
  const v = saved || !state.values ? null : typed;
  const rows: Row[] = v?.severityMap
    ? (JSON.parse(v.severityMap) as Row[])
    : rowsOf(source?.severityMap ?? DEFAULT_SEVERITY_MAP);
  const slugs = new Set(v ? (v.componentSlugs ?? "").split(",").filter(Boolean) : (source?.componentSlugs ?? []));
  const e = state.fieldErrors;
  const id = (name: string) => (source ? `${name}-edit` : name);
  // A text setting's field: what was sent when a save was refused, else the saved value, else the default.
  const setting = (name: "name" | "severityLabel" | "defaultSeverity", fallback?: string) => ({
    id: id(name),
    name,
    defaultValue: v?.[name] ?? source?.[name] ?? fallback,
    errors: e[name],
  });
  return (
    <div className="space-y-4">
      {state.ok && state.key ? (
        <NewKey name={state.sourceName ?? ""} kind={state.kind ?? ""} secret={state.key} />
      ) : null}
      <form action={action} noValidate className="grid gap-4 sm:grid-cols-2" key={state.at ?? "form"}>
        {source ? (
          <input type="hidden" name="id" value={source.id} />
        ) : (
          <RadioGroup
            id="kind"
            name="kind"
            legend="Kind"
            className="sm:col-span-2"
            layout="mt-1 grid gap-2 sm:grid-cols-2"
            defaultValue={v?.kind || "alertmanager"}
            errors={e.kind}
            choices={SOURCE_KINDS.map((k) => ({ value: k, label: SOURCE_KIND[k].label, hint: SOURCE_KIND[k].hint }))}
          />
        )}
        <TextField label="Name" hint="Shown on audit rows and timelines, e.g. prometheus-prod" {...setting("name")} />
        <TextField
          label="Severity label (Alertmanager)"
          hint="The alert label whose value picks the severity"
          {...setting("severityLabel", "severity")}
        />
        <SeverityRows initial={rows} errors={e} />
        <SelectField
          label="Default severity"
          hint="When the value is missing or not in the table"
          {...setting("defaultSeverity", "SEV3")}
        >
          <SeverityOptions />
        </SelectField>
        <CheckboxField
          id={id("autoResolve")}
          name="autoResolve"
          label="Resolve the incident when all its alerts have resolved"
          defaultChecked={v ? v.autoResolve === "on" : source?.autoResolve}
          hint="Events API v2 resolve events always resolve their incident."
          errors={e.autoResolve}
        />
        <CheckboxGroup
          id={id("componentSlugs")}
          name="componentSlugs"
          legend="Default components"
          className="sm:col-span-2"
          layout="mt-2 grid gap-2 sm:grid-cols-2"
          defaultValues={slugs}
          errors={e.componentSlugs}
          choices={components.map((c) => ({ value: c.slug, label: c.name, hint: c.slug }))}
        />
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : source ? "Save changes" : "Create source"}
          </Button>
          <FormMessage state={state} />
        </div>
      </form>
    </div>
  );
}
