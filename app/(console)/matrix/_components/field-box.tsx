import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

// Labelled inputs with an explicit id: /matrix shows several forms with the same field names.
type Props = { id: string; label: string; errors?: string[]; hint?: ReactNode };

const CONTROL = "mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 aria-[invalid=true]:ring-red-500";

function Shell({ id, label, errors, hint, children }: Props & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      {errors?.length ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-600">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

const described = (id: string, errors?: string[]) =>
  errors?.length ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};

export function InputBox({ id, label, errors, hint, ...input }: Props & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Shell id={id} label={label} errors={errors} hint={hint}>
      <input id={id} {...input} {...described(id, errors)} className={CONTROL} />
    </Shell>
  );
}

export function SelectBox({ id, label, errors, hint, children, ...select }: Props & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Shell id={id} label={label} errors={errors} hint={hint}>
      <select id={id} {...select} {...described(id, errors)} className={CONTROL}>
        {children}
      </select>
    </Shell>
  );
}
