// Communication templates: `{placeholder}` substitution against an incident's values.
import { placeholdersIn, substitute } from "./placeholders";

export { placeholdersIn as placeholders } from "./placeholders";

export type Rendered = { text: string; missing: string[] };

/** Replaces each placeholder that has a value; the others stay visible as `{name}` and are reported. */
export function render(text: string, values: Record<string, string | undefined>): Rendered {
  const missing = new Set<string>();
  const out = substitute(text, (name, whole) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text: out, missing: placeholdersIn(text).filter((n) => missing.has(n)) };
}
