"use client";

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Controlled, labelled inputs for the policy editor; errors arrive keyed by field path.
type Props = { id: string; label: ReactNode; errors?: string[]; hint?: ReactNode; className?: string };

const CONTROL = "mt-1 block w-full rounded-md border-0 px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 aria-[invalid=true]:ring-red-500";

function Shell({ id, label, errors, hint, className = "", children }: Props & { children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      <Errors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function Errors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-red-600">
      {errors.join(" ")}
    </p>
  );
}

const aria = (id: string, errors?: string[]) => (errors?.length ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {});

export function Input({ id, label, errors, hint, className, ...input }: Props & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Shell id={id} label={label} errors={errors} hint={hint} className={className}>
      <input id={id} {...input} {...aria(id, errors)} className={CONTROL} />
    </Shell>
  );
}

export function Select({ id, label, errors, hint, className, children, ...select }: Props & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Shell id={id} label={label} errors={errors} hint={hint} className={className}>
      <select id={id} {...select} {...aria(id, errors)} className={CONTROL}>
        {children}
      </select>
    </Shell>
  );
}

export function TextArea({ id, label, errors, hint, className, ...area }: Props & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Shell id={id} label={label} errors={errors} hint={hint} className={className}>
      <textarea id={id} rows={3} {...area} {...aria(id, errors)} className={CONTROL} />
    </Shell>
  );
}
