"use client";

import { Button } from "@/components/ui/button";
import { OptionalLabel, TextAreaField, TextField } from "@/components/ui/field";

export type EditableStep = {
  /** The form's own key for the step, stable while it moves. */
  uid: string;
  id: string;
  title: string;
  description: string;
  command: string;
  expectedResult: string;
};

type Props = {
  step: EditableStep;
  index: number;
  count: number;
  errors: Record<string, string[]>;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
};

/** One step of the editor: its fields, each with its own error, and buttons to move or remove it. */
export function StepFields({ step, index, count, errors, onMove, onRemove }: Props) {
  const n = index + 1;
  const name = (f: string) => `steps.${index}.${f}`;
  const id = (f: string) => `step-${step.uid}-${f}`;
  return (
    <li className="min-w-0 space-y-3 rounded-md p-3 ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-900">Step {n}</h3>
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            variant="secondary"
            className="min-h-11"
            aria-label={`Move step ${n} up`}
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            Up
          </Button>
          <Button
            type="button"
            variant="secondary"
            className="min-h-11"
            aria-label={`Move step ${n} down`}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            Down
          </Button>
          <Button
            type="button"
            variant="secondary"
            className="min-h-11"
            aria-label={`Remove step ${n}`}
            disabled={count === 1}
            onClick={() => onRemove(index)}
          >
            Remove
          </Button>
        </div>
      </div>
      <input type="hidden" name={name("id")} value={step.id} />
      <TextField
        id={id("title")}
        name={name("title")}
        label={`Step ${n} title`}
        defaultValue={step.title}
        errors={errors[name("title")]}
      />
      <TextAreaField
        id={id("description")}
        name={name("description")}
        label={<OptionalLabel>{`Step ${n} instructions`}</OptionalLabel>}
        defaultValue={step.description}
        errors={errors[name("description")]}
      />
      <TextAreaField
        id={id("command")}
        name={name("command")}
        label={<OptionalLabel>{`Step ${n} command`}</OptionalLabel>}
        defaultValue={step.command}
        className="[&_textarea]:font-mono"
        errors={errors[name("command")]}
      />
      <TextAreaField
        id={id("expectedResult")}
        name={name("expectedResult")}
        label={<OptionalLabel>{`Step ${n} expected result`}</OptionalLabel>}
        defaultValue={step.expectedResult}
        errors={errors[name("expectedResult")]}
      />
    </li>
  );
}
