// A <input type="datetime-local"> holds a wall-clock time in the viewer's own zone. The browser
// knows that zone and the server does not, so the form turns it into an instant before sending.

/** The typed value as an ISO instant; what was typed unchanged when it is not a time (the server then says so). */
export function localInputToIso(value: FormDataEntryValue | null): string {
  const typed = typeof value === "string" ? value.trim() : "";
  if (!typed) return "";
  const at = new Date(typed);
  return Number.isNaN(at.getTime()) ? typed : at.toISOString();
}

/** Sets `field` from the local input `localField` and hands the form on to `dispatch`. */
export function withInstant(dispatch: (form: FormData) => void, localField: string, field: string) {
  return (form: FormData) => {
    form.set(field, localInputToIso(form.get(localField)));
    dispatch(form);
  };
}
