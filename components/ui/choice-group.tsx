import type { ComponentProps, ReactNode } from "react";
import { describedBy, FieldError, FieldNotes } from "./field-error";

// Checkboxes and radios under one legend; the group's error is linked to the fieldset.

export type Choice = { value: string; label: ReactNode; hint?: ReactNode };

type GroupProps = {
  legend: ReactNode;
  name: string;
  /** Prefix for the error's id; unique on the page. */
  id: string;
  choices: Choice[];
  errors?: string[];
  /** Classes of the box holding the choices (grid columns, spacing). */
  layout?: string;
  className?: string;
};

function Group({
  legend,
  id,
  errors,
  className,
  children,
}: Pick<GroupProps, "legend" | "id" | "errors" | "className"> & { children: ReactNode }) {
  return (
    <fieldset className={className} {...describedBy(id, errors)}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      {children}
      <FieldError id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

function ChoiceText({ choice, bold }: { choice: Choice; bold?: boolean }) {
  return (
    <span>
      <span className={bold ? "block font-semibold" : undefined}>{choice.label}</span>
      {choice.hint ? (
        <span className={bold ? "block text-xs text-slate-600" : "text-xs text-slate-500"}> {choice.hint}</span>
      ) : null}
    </span>
  );
}

export function CheckboxGroup({
  name,
  choices,
  defaultValues,
  layout = "mt-2 space-y-2",
  ...group
}: GroupProps & { defaultValues?: ReadonlySet<string> }) {
  return (
    <Group {...group}>
      <div className={layout}>
        {choices.map((c) => (
          <label key={c.value} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={c.value}
              defaultChecked={defaultValues?.has(c.value)}
              className="mt-0.5"
            />
            <ChoiceText choice={c} />
          </label>
        ))}
      </div>
    </Group>
  );
}

/** Radios as cards, each with its hint: for a choice that needs explaining. */
export function RadioGroup({
  name,
  choices,
  defaultValue,
  layout = "mt-1 grid gap-2 sm:grid-cols-3",
  ...group
}: GroupProps & { defaultValue?: string }) {
  return (
    <Group {...group}>
      <div className={layout}>
        {choices.map((c) => (
          <label
            key={c.value}
            className="flex cursor-pointer gap-2 rounded-md p-2 text-sm ring-1 ring-slate-300 has-[:checked]:bg-indigo-50 has-[:checked]:ring-2 has-[:checked]:ring-indigo-600"
          >
            <input
              type="radio"
              name={name}
              value={c.value}
              defaultChecked={defaultValue === c.value}
              className="mt-0.5"
            />
            <ChoiceText choice={c} bold />
          </label>
        ))}
      </div>
    </Group>
  );
}

/** One checkbox with its label, hint and error. */
export function CheckboxField({
  id,
  label,
  hint,
  errors,
  className,
  ...input
}: { id: string; label: ReactNode; hint?: ReactNode; errors?: string[]; className?: string } & Omit<
  ComponentProps<"input">,
  "id" | "type" | "className"
>) {
  return (
    <div className={className}>
      <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium text-slate-700">
        <input id={id} type="checkbox" {...input} {...describedBy(id, errors, hint)} />
        {label}
      </label>
      <FieldNotes id={id} hint={hint} errors={errors} />
    </div>
  );
}
