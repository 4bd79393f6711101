// Reads the matrix forms' fields: text as typed, and the deadline from its preset or custom box.

export function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** "custom" means the minutes box, passed on even when empty so the schema names the field. */
export function deadline(form: FormData): string | undefined {
  const choice = text(form, "window");
  if (choice !== "custom") return choice;
  const minutes = form.get("customMinutes");
  return typeof minutes === "string" ? minutes : "";
}

export function sendingMode(form: FormData): boolean | undefined {
  const mode = text(form, "autoSend");
  return mode === undefined ? undefined : mode === "true";
}

/** What the user typed, echoed back on failure so nothing is lost. */
export function echo(form: FormData): Record<string, string> {
  return Object.fromEntries(
    [...form.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")).map(([k, v]) => [k, String(v)]),
  );
}
