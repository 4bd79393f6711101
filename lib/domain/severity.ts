// Incident severity: the one place its labels, hints, plain wording and colour are written.
import { column, type Tone } from "./vocabulary";

export const SEVERITIES = ["SEV1", "SEV2", "SEV3"] as const;
export type Severity = (typeof SEVERITIES)[number];

type SeverityEntry = {
  /** One word for the level, lower case: used in e-mails and the API description. */
  level: string;
  /** Shown on badges, filters and selects. */
  label: string;
  /** Helps a commander choose when declaring. */
  hint: string;
  /** What it means to a stakeholder on the public view. */
  plain: string;
  tone: Tone;
  /** How soon the next update is promised when nobody has set a time. */
  updateMinutes: number;
};

export const SEVERITY: Record<Severity, SeverityEntry> = {
  SEV1: {
    level: "critical",
    label: "SEV1 · Critical",
    hint: "Service down or data at risk",
    plain: "Critical — the service is down or data is at risk",
    tone: "red",
    updateMinutes: 30,
  },
  SEV2: {
    level: "high",
    label: "SEV2 · High",
    hint: "Major degradation for many users",
    plain: "High — a major part of the service is degraded",
    tone: "amber",
    updateMinutes: 60,
  },
  SEV3: {
    level: "medium",
    label: "SEV3 · Medium",
    hint: "Limited impact, a workaround exists",
    plain: "Medium — limited impact, a workaround exists",
    tone: "indigo",
    updateMinutes: 120,
  },
};

export const SEVERITY_LABEL = column(SEVERITY, "label");
export const SEVERITY_TONE = column(SEVERITY, "tone");
export const SEVERITY_PLAIN = column(SEVERITY, "plain");

/** "SEV1 (critical)": how templates name a severity. */
export function severityWords(severity: Severity): string {
  return `${severity} (${SEVERITY[severity].level})`;
}

/** "SEV1 critical, SEV2 high, SEV3 medium.": the severity scale in one sentence. */
export const SEVERITY_SCALE = `${SEVERITIES.map((s) => `${s} ${SEVERITY[s].level}`).join(", ")}.`;

export function isSeverity(value: unknown): value is Severity {
  return typeof value === "string" && (SEVERITIES as readonly string[]).includes(value);
}
