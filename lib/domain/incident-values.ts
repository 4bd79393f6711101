// The values a communication template can use, computed from an incident. Times in UTC, since
// recipients are in many time zones. A fact the incident does not have yet (no root cause, not
// resolved) is left out, so the render reports it as missing instead of sending a blank. Impact and
// commander are different: "under assessment" and "unassigned" are true statements at declaration,
// when the first notification goes out by itself.
import { formatMinutes } from "./duration";
import { DEFAULT_POSTMORTEM_WORKING_DAYS, postmortemDueAt } from "./postmortem/due";
import type { PlaceholderValues } from "./placeholders";
import { column } from "./vocabulary";
import { SEVERITY, severityWords, type Severity } from "./severity";

export type IncidentFacts = {
  number: number;
  title: string;
  severity: Severity;
  status: string;
  impact: string;
  startedAt: Date;
  resolvedAt: Date | null;
  rootCauseSummary: string;
  resolutionSummary: string;
  commanderName: string | null;
  serviceName: string;
  nextUpdateAt: Date | null;
  /** When the incident's postmortem was first published; null while it never was. */
  postmortemPublishedAt: Date | null;
  /** The postmortem's own due date, once one was started. */
  postmortemDueAt: Date | null;
  /** BRIDGE_POSTMORTEM_DUE_WORKING_DAYS: how long after the resolution a postmortem is due. */
  postmortemWorkingDays: number;
};

/** How soon the next update is promised when nobody has set a time. */
export const DEFAULT_UPDATE_MINUTES = column(SEVERITY, "updateMinutes");

/**
 * The postmortem date a message promises: when it was published, else when it is due (the
 * postmortem's own date, else the working days counted from the resolution); none while unresolved.
 */
export function postmortemDate(i: IncidentFacts): Date | null {
  if (i.postmortemPublishedAt) return i.postmortemPublishedAt;
  if (i.postmortemDueAt) return i.postmortemDueAt;
  return i.resolvedAt ? postmortemDueAt(i.resolvedAt, i.postmortemWorkingDays) : null;
}

export function utc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Only the entries that have a value: an empty string would render as a blank. */
function known(values: Record<string, string | null | undefined>): PlaceholderValues {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v?.trim())) as PlaceholderValues;
}

export function incidentValues(i: IncidentFacts, now: Date): PlaceholderValues {
  const nextUpdate = i.nextUpdateAt ?? new Date(now.getTime() + DEFAULT_UPDATE_MINUTES[i.severity] * 60_000);
  const end = i.resolvedAt ?? now;
  const postmortem = postmortemDate(i);
  return known({
    service_name: i.serviceName,
    incident_number: String(i.number),
    incident_title: i.title,
    incident_start_time: utc(i.startedAt),
    severity_level: severityWords(i.severity),
    status: i.status,
    impact_description: i.impact.trim() || "Under assessment.",
    next_update_time: utc(nextUpdate),
    commander_name: i.commanderName ?? "Unassigned",
    total_duration: formatMinutes(Math.max(0, Math.round((end.getTime() - i.startedAt.getTime()) / 60_000))),
    root_cause_summary: i.rootCauseSummary,
    resolution_actions: i.resolutionSummary,
    resolution_time: i.resolvedAt ? utc(i.resolvedAt) : null,
    postmortem_date: postmortem ? utc(postmortem).slice(0, 10) : null,
  });
}

export type MaintenanceFacts = { title: string; scheduledStart: Date; scheduledEnd: Date; serviceName: string };

export function maintenanceValues(m: MaintenanceFacts): PlaceholderValues {
  return known({
    service_name: m.serviceName,
    maintenance_title: m.title,
    maintenance_window: `${utc(m.scheduledStart)} to ${utc(m.scheduledEnd)}`,
  });
}

/** What the editor previews against when there is no incident yet: an open SEV2 of the plan's service. */
export function sampleIncidentFacts(now: Date): IncidentFacts {
  return {
    number: 1,
    title: "Documentation builds failing",
    severity: "SEV2",
    status: "INVESTIGATING",
    impact: "Generated documentation is not being updated.",
    startedAt: new Date(now.getTime() - 25 * 60_000),
    resolvedAt: null,
    rootCauseSummary: "",
    resolutionSummary: "",
    commanderName: "Sample Commander",
    serviceName: "OpenAPI Documentation Generator",
    nextUpdateAt: null,
    postmortemPublishedAt: null,
    postmortemDueAt: null,
    postmortemWorkingDays: DEFAULT_POSTMORTEM_WORKING_DAYS,
  };
}
