import type { ReactNode } from "react";

/** The messages for one field or group; `id` is what its control's aria-describedby names. */
export function FieldError({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-red-600">
      {errors.join(" ")}
    </p>
  );
}

/** aria-invalid and aria-describedby for control `id`: its error, else its hint, else `elsewhere`. */
export function describedBy(id: string, errors?: string[], hint?: ReactNode, elsewhere?: string) {
  const invalid = Boolean(errors?.length);
  return {
    "aria-invalid": invalid ? (true as const) : undefined,
    "aria-describedby": invalid ? `${id}-error` : hint ? `${id}-hint` : elsewhere,
  };
}

/** Below a control: its hint, replaced by its error when there is one. */
export function FieldNotes({ id, hint, errors }: { id: string; hint?: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint && !errors?.length ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
    </>
  );
}
