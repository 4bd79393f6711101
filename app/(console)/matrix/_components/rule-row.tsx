"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { removeRuleAction, updateRuleAction } from "../actions";
import { DeadlineField } from "./deadline-field";
import { ModeOptions, TemplateOptions, type Choice } from "./options";
import { submitWithoutReset } from "./submit-without-reset";
import { FormMessage } from "@/components/ui/form-message";
import { SaveMessage } from "./save-message";

type Rule = {
  id: string;
  severity: string;
  withinMinutes: number;
  templateId: string | null;
  autoSend: boolean;
  group: { name: string };
};

/** One matrix rule with its controls: deadline, template, sending mode; save or remove. */
export function RuleRow({ rule, templates }: { rule: Rule; templates: Choice[] }) {
  const [state, action, pending] = useActionState(updateRuleAction, initialActionState);
  const [removeState, remove, removing] = useActionState(removeRuleAction, initialActionState);
  const formId = `rule-${rule.id}`;
  const what = `${rule.severity} rule for ${rule.group.name}`;
  // After a failed save, show what was typed; after a successful one, what is stored.
  const v = typedValues(state);
  const errors = state.fieldErrors;
  return (
    <tr>
      <td className="px-3 py-2 align-top">
        <form id={formId} onSubmit={submitWithoutReset(action)}>
          <input type="hidden" name="id" value={rule.id} />
        </form>
        <DeadlineField
          key={state.ok ? `saved-${state.at}` : "edit"}
          id={formId}
          form={formId}
          label={`Deadline of ${what}`}
          hideLabel
          defaultMinutes={v.window === "custom" ? v.customMinutes : (v.window ?? rule.withinMinutes)}
          errors={errors.withinMinutes}
        />
      </td>
      <td className="px-3 py-2 pt-3 align-top font-medium">{rule.group.name}</td>
      <td className="px-3 py-2 align-top">
        <SelectField
          id={`${formId}-template`}
          name="templateId"
          form={formId}
          label={`Template of ${what}`}
          hideLabel
          compact
          defaultValue={v.templateId ?? rule.templateId ?? ""}
          errors={errors.templateId}
        >
          <TemplateOptions templates={templates} />
        </SelectField>
      </td>
      <td className="px-3 py-2 align-top">
        <SelectField
          id={`${formId}-mode`}
          name="autoSend"
          form={formId}
          label={`Sending of ${what}`}
          hideLabel
          compact
          defaultValue={v.autoSend ?? String(rule.autoSend)}
          errors={errors.autoSend}
        >
          <ModeOptions />
        </SelectField>
      </td>
      <td className="px-3 py-2 align-top">
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" form={formId} variant="secondary" disabled={pending} aria-label={`Save ${what}`}>
            {pending ? "Saving…" : "Save"}
          </Button>
          <form onSubmit={submitWithoutReset(remove)}>
            <input type="hidden" name="id" value={rule.id} />
            <Button type="submit" variant="secondary" disabled={removing} aria-label={`Remove ${what}`}>
              Remove
            </Button>
          </form>
        </div>
        <SaveMessage state={state} fields={["withinMinutes", "templateId", "autoSend"]} />
        <FormMessage state={removeState} />
      </td>
    </tr>
  );
}
