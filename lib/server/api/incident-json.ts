import "server-only";
import { appUrl } from "../app-url";
import type { IncidentListItem } from "../incidents/list";

// The REST shapes of an incident. Built field by field so the API never leaks a column that
// is added to the table later; openapi.ts describes exactly these.

export function incidentUrl(number: number): string {
  return appUrl(`/incidents/${number}`);
}

export function incidentListJson(item: IncidentListItem) {
  return {
    number: item.number,
    title: item.title,
    severity: item.severity,
    status: item.status,
    impact: item.impact,
    commander: item.commander ? { name: item.commander.name } : null,
    startedAt: item.startedAt,
    acknowledgedAt: item.acknowledgedAt,
    resolvedAt: item.resolvedAt,
    url: incidentUrl(item.number),
  };
}
