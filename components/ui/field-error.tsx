/** The messages for one field or group; `id` is what its control's aria-describedby names. */
export function FieldError({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-red-600">
      {errors.join(" ")}
    </p>
  );
}
