"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { addRuleAction } from "../actions";
import { DeadlineField } from "./deadline-field";
import { SelectField } from "@/components/ui/field";
import { ModeOptions, TemplateOptions, type Choice } from "./options";
import { submitWithoutReset } from "./submit-without-reset";
import { SaveMessage } from "./save-message";

type Props = { severity: string; groups: Choice[]; templates: Choice[]; defaultTemplateId?: string };

/** Adds a rule to one severity's column of the matrix. */
export function AddRuleForm({ severity, groups, templates, defaultTemplateId }: Props) {
  const [state, action, pending] = useActionState(addRuleAction, initialActionState);
  const v = typedValues(state);
  const id = `add-${severity}`;
  return (
    <form
      onSubmit={submitWithoutReset(action)}
      noValidate
      aria-label={`Add a ${severity} rule`}
      className="mt-4 border-t border-slate-200 pt-4"
      key={state.ok ? `saved-${state.at}` : "form"}
    >
      <h3 className="mb-3 text-sm font-semibold text-slate-900">Add a {severity} rule</h3>
      <input type="hidden" name="severity" value={severity} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <DeadlineField
          id={`${id}-deadline`}
          label="Deadline"
          defaultMinutes={v.window === "custom" ? v.customMinutes : (v.window ?? 0)}
          errors={state.fieldErrors.withinMinutes}
        />
        <SelectField
          label="Group"
          name="groupId"
          id={`${id}-group`}
          defaultValue={v.groupId ?? ""}
          errors={state.fieldErrors.groupId}
        >
          <option value="" disabled>
            Choose a group…
          </option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Template"
          name="templateId"
          id={`${id}-template`}
          defaultValue={v.templateId ?? defaultTemplateId ?? ""}
          errors={state.fieldErrors.templateId}
        >
          <TemplateOptions templates={templates} />
        </SelectField>
        <SelectField
          label="Sending"
          name="autoSend"
          id={`${id}-mode`}
          defaultValue={v.autoSend ?? "false"}
          errors={state.fieldErrors.autoSend}
        >
          <ModeOptions />
        </SelectField>
      </div>
      <div className="mt-3 flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add rule"}
        </Button>
        <SaveMessage state={state} fields={["withinMinutes", "groupId", "templateId", "autoSend"]} />
      </div>
    </form>
  );
}
