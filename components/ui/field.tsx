import type { ComponentProps, ReactNode } from "react";
import { describedBy, FieldNotes } from "./field-error";

// The one way to render a labelled control with its hint and error. The error is linked with
// aria-describedby and marks the control aria-invalid; without an error the hint is linked.

/** `id` defaults to `name`; pass one when two forms on a page share field names. */
export type FieldProps = {
  label: ReactNode;
  name?: string;
  id?: string;
  errors?: string[];
  hint?: ReactNode;
  /** Visually hidden label, for controls inside a table row. */
  hideLabel?: boolean;
  /** Smaller control that sizes to its content (table rows, inline filters). */
  compact?: boolean;
  /** Shown beside the control on the same line, e.g. its submit button. */
  addon?: ReactNode;
  className?: string;
};

const RING =
  "rounded-md border-0 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 aria-[invalid=true]:ring-red-500";
const CONTROL = `block w-full px-3 py-2 ${RING}`;
const COMPACT = `px-2 py-1.5 ${RING}`;

/** The control classes, for a second control placed beside a field's own (an `addon`). */
export const controlClass = (compact?: boolean) => (compact ? COMPACT : CONTROL);

/** What a control needs to be tied to its label, hint and error. */
export type ControlProps = { id: string; className: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** `describedBy` names a hint shown elsewhere (e.g. beside the submit button); an error replaces it. */
type ShellProps = Omit<FieldProps, "name" | "id"> & {
  id: string;
  describedBy?: string;
  children: (control: ControlProps) => ReactNode;
};

/** Label, control, then the hint or the error; for controls the siblings below do not cover. */
export function Field({
  label,
  id,
  errors,
  hint,
  describedBy: elsewhere,
  hideLabel,
  compact,
  addon,
  className,
  children,
}: ShellProps) {
  const control = children({
    id,
    className: `${controlClass(compact)} ${hideLabel || addon ? "" : "mt-1"}`.trim(),
    ...describedBy(id, errors, hint, elsewhere),
  });
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-sm font-medium text-slate-700"}>
        {label}
      </label>
      {addon ? (
        <div className="mt-1 flex flex-wrap items-center gap-2">
          {control}
          {addon}
        </div>
      ) : (
        control
      )}
      <FieldNotes id={id} hint={hint} errors={errors} />
    </div>
  );
}

/** A label followed by a lighter note, "(optional)" unless told otherwise. */
export function OptionalLabel({ children, note = "optional" }: { children: ReactNode; note?: string }) {
  return (
    <>
      {children} <span className="font-normal text-slate-500">({note})</span>
    </>
  );
}

function split<P extends FieldProps & { "aria-describedby"?: string }>(props: P) {
  const {
    label,
    name,
    id,
    errors,
    hint,
    hideLabel,
    compact,
    addon,
    className,
    "aria-describedby": describedBy,
    ...control
  } = props;
  return {
    shell: { label, id: id ?? name ?? "", errors, hint, describedBy, hideLabel, compact, addon, className },
    name,
    control,
  };
}

export function TextField(props: FieldProps & Omit<ComponentProps<"input">, "id" | "name" | "className">) {
  const { shell, name, control } = split(props);
  return <Field {...shell}>{(a11y) => <input name={name} {...control} {...a11y} />}</Field>;
}

export function TextAreaField(props: FieldProps & Omit<ComponentProps<"textarea">, "id" | "name" | "className">) {
  const { shell, name, control } = split(props);
  return <Field {...shell}>{(a11y) => <textarea name={name} rows={3} {...control} {...a11y} />}</Field>;
}

export function SelectField(props: FieldProps & Omit<ComponentProps<"select">, "id" | "name" | "className">) {
  const { shell, name, control } = split(props);
  return <Field {...shell}>{(a11y) => <select name={name} {...control} {...a11y} />}</Field>;
}
