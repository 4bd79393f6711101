// Shared shape of the vocabulary modules: each enum is one table of entries, and the
// per-field maps the UI reads are derived from it so no label or tone is written twice.

/** The badge colours; components/ui/badge.tsx maps each to its classes. */
export const TONES = ["gray", "red", "amber", "green", "indigo"] as const;
export type Tone = (typeof TONES)[number];

/** Keyed by the enum; a plain string (a row typed loosely) may also look up, and may miss. */
export type Lookup<K extends string, V> = Record<K, V> & Partial<Record<string, V>>;

/** One field of every entry, keyed like the table. */
export function column<K extends string, E, F extends keyof E>(table: Record<K, E>, field: F): Lookup<K, E[F]> {
  return Object.fromEntries(Object.entries(table).map(([key, entry]) => [key, (entry as E)[field]])) as Lookup<K, E[F]>;
}

/** "Choose A, B or C", for a validation message naming every allowed value. */
export function chooseOne(values: readonly string[]): string {
  return `Choose ${values.length > 1 ? `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}` : values[0]}`;
}
