import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

// `id` defaults to `name`; pass one when two forms on a page share field names.
type FieldProps = { label: string; name: string; id?: string; errors?: string[]; hint?: ReactNode };

const INPUT = "mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 aria-[invalid=true]:ring-red-500";

function FieldShell({ label, id, errors, hint, children }: { label: string; id: string; errors?: string[]; hint?: ReactNode; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-600" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

function a11y(id: string, errors?: string[]) {
  return { "aria-invalid": errors?.length ? true : undefined, "aria-describedby": errors?.length ? `${id}-error` : undefined };
}

export function TextField({ label, name, id, errors, hint, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? name;
  return (
    <FieldShell label={label} id={fieldId} errors={errors} hint={hint}>
      <input id={fieldId} name={name} {...input} {...a11y(fieldId, errors)} className={INPUT} />
    </FieldShell>
  );
}

export function SelectField({ label, name, id, errors, hint, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const fieldId = id ?? name;
  return (
    <FieldShell label={label} id={fieldId} errors={errors} hint={hint}>
      <select id={fieldId} name={name} {...select} {...a11y(fieldId, errors)} className={INPUT}>
        {children}
      </select>
    </FieldShell>
  );
}
