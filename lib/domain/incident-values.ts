// The values a communication template can use, computed from an incident. Times in UTC, since
// recipients are in many time zones.
import { formatMinutes } from "./duration";
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
};

/** How soon the next update is promised when nobody has set a time. */
export const DEFAULT_UPDATE_MINUTES = column(SEVERITY, "updateMinutes");
export const POSTMORTEM_AFTER_DAYS = 3;

export function utc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function incidentValues(i: IncidentFacts, now: Date): Record<string, string> {
  const nextUpdate = i.nextUpdateAt ?? new Date(now.getTime() + DEFAULT_UPDATE_MINUTES[i.severity] * 60_000);
  const end = i.resolvedAt ?? now;
  const values: Record<string, string> = {
    service_name: i.serviceName,
    incident_number: String(i.number),
    incident_title: i.title,
    incident_start_time: utc(i.startedAt),
    severity_level: severityWords(i.severity),
    status: i.status,
    impact_description: i.impact || "Under assessment.",
    next_update_time: utc(nextUpdate),
    commander_name: i.commanderName ?? "Unassigned",
    total_duration: formatMinutes(Math.round((end.getTime() - i.startedAt.getTime()) / 60_000)),
    root_cause_summary: i.rootCauseSummary || "Under investigation.",
    resolution_actions: i.resolutionSummary || "See the incident timeline.",
  };
  if (i.resolvedAt) {
    values.resolution_time = utc(i.resolvedAt);
    values.postmortem_date = utc(new Date(i.resolvedAt.getTime() + POSTMORTEM_AFTER_DAYS * 86_400_000)).slice(0, 10);
  }
  return values;
}
