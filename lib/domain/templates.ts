// Communication templates: `{placeholder}` substitution against an incident's values.

const PLACEHOLDER = /\{([a-z_][a-z0-9_]*)\}/gi;

export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

export type Rendered = { text: string; missing: string[] };

/** Replaces each known placeholder; unknown ones stay visible as `{name}` and are reported. */
export function render(text: string, values: Record<string, string | undefined>): Rendered {
  const missing = new Set<string>();
  const out = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text: out, missing: [...missing] };
}
