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

/** A timeline event as the API shows it: who acted by label only, never a user id. */
export function timelineJson(e: { kind: string; message: string; actorLabel: string; occurredAt: Date }) {
  return { kind: e.kind, message: e.message, actor: e.actorLabel, occurredAt: e.occurredAt };
}
