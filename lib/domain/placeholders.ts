// The placeholders a communication template may use, written once: the editor lists them, saving
// refuses any other, and incidentValues / maintenanceValues fill them.

export const PLACEHOLDERS = {
  service_name: "The affected service (the first affected component's service).",
  incident_number: "The incident's number, e.g. 42.",
  incident_title: "The incident's internal title.",
  status: "The incident's status, e.g. INVESTIGATING.",
  incident_start_time: "When the incident started, in UTC.",
  severity_level: "The severity in words, e.g. SEV1 (critical).",
  impact_description: "What users are experiencing, as the commander wrote it.",
  next_update_time: "When the next update is promised, in UTC.",
  commander_name: "The incident commander's name.",
  resolution_time: "When the incident was resolved, in UTC (only once resolved).",
  total_duration: "From start to resolution (or to now, while open).",
  root_cause_summary: "The root cause, as the commander summarised it.",
  resolution_actions: "What was done to resolve it.",
  postmortem_date: "When the postmortem is due (only once resolved).",
  maintenance_title: "The maintenance's title (maintenance messages only).",
  maintenance_window: "The maintenance's start and end, in UTC (maintenance messages only).",
} as const satisfies Record<string, string>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

/** The values a render receives: a known placeholder absent from it has no value for this message. */
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

export function isPlaceholder(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}

// `{name}` exactly as the plan writes it. Case-insensitive so that `{Service_Name}` is reported as
// unknown instead of silently staying in the text.
const PLACEHOLDER = /\{([a-z_][a-z0-9_]*)\}/gi;

/** Each placeholder named in the text, once, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** The placeholders in the text that are not in the vocabulary. */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((name) => !isPlaceholder(name));
}

/** The message shown next to a field that names an unknown placeholder. */
export function unknownPlaceholderMessage(unknown: string[]): string {
  const names = unknown.map((n) => `{${n}}`).join(", ");
  return `Unknown placeholder${unknown.length > 1 ? "s" : ""} ${names}. Known: ${PLACEHOLDER_NAMES.map((n) => `{${n}}`).join(", ")}`;
}

/** Replaces each placeholder through `fill`, in one pass: text inside a value is never expanded. */
export function substitute(text: string, fill: (name: string, whole: string) => string): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => fill(name, whole));
}

/** One set of values a preview renders against: an incident's, or a sample's. */
export type PreviewSample = { label: string; values: PlaceholderValues };
