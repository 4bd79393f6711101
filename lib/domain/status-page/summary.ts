// The public status summary, built from published rows only: the query layer hands in what a
// commander has published and this shapes it. Dates are ISO strings so the same object is the
// page's model, the JSON body and the snapshot's source.
import {
  COMPONENT_STATE,
  deriveComponentState,
  worstState,
  stateFromSeverity,
  type ComponentState,
} from "../component-state";
import type { IncidentStatus } from "../incident-status";
import { isMaintenanceActive, type MaintenanceStatus } from "../maintenance-status";
import type { Severity } from "../severity";
import { uptimeBars, type Outage, type UptimeBars } from "../uptime";

export type ComponentRow = {
  id: string;
  slug: string;
  name: string;
  description: string;
  groupId: string | null;
  position: number;
  stateOverride: ComponentState | null;
};
export type GroupRow = { id: string; name: string; position: number };
export type UpdateRow = {
  id: string;
  status: IncidentStatus;
  message: string;
  publishedAt: Date;
  nextUpdateAt: Date | null;
};
/** An incident with at least one published public update; `updates` are only those, oldest first. */
export type IncidentRow = {
  id: string;
  title: string;
  severity: Severity;
  startedAt: Date;
  nextUpdateAt: Date | null;
  components: { componentId: string; publicState: ComponentState | null }[];
  updates: UpdateRow[];
  /** The postmortem's public summary, only once a commander published it. */
  postmortemSummary?: { text: string; publishedAt: Date } | null;
};
export type MaintenanceRow = {
  id: string;
  title: string;
  description: string;
  status: MaintenanceStatus;
  scheduledStart: Date;
  scheduledEnd: Date;
  componentIds: string[];
  updates: { id: string; status: MaintenanceStatus; message: string; publishedAt: Date }[];
};
export type SummaryRows = {
  /** The service the page is about. */
  siteName: string;
  groups: GroupRow[];
  components: ComponentRow[];
  incidents: IncidentRow[];
  maintenance: MaintenanceRow[];
};

export type PublicUpdate = { id: string; status: IncidentStatus; message: string; publishedAt: string };
export type PublicComponent = {
  id: string;
  slug: string;
  name: string;
  description: string;
  state: ComponentState;
  uptime: UptimeBars;
};
export type PublicGroup = { id: string | null; name: string; state: ComponentState; components: PublicComponent[] };
export type PublicIncident = {
  id: string;
  title: string;
  status: IncidentStatus;
  startedAt: string;
  resolvedAt: string | null;
  nextUpdateAt: string | null;
  components: { id: string; name: string; state: ComponentState }[];
  updates: PublicUpdate[];
  postmortemSummary: { text: string; publishedAt: string } | null;
};
export type PublicMaintenance = {
  id: string;
  title: string;
  description: string;
  status: MaintenanceStatus;
  scheduledStart: string;
  scheduledEnd: string;
  components: { id: string; name: string }[];
  updates: { id: string; status: MaintenanceStatus; message: string; publishedAt: string }[];
};
export type StatusSummary = {
  siteName: string;
  overall: { state: ComponentState; headline: string };
  groups: PublicGroup[];
  /** Active incidents, newest first. */
  incidents: PublicIncident[];
  /** Resolved incidents of the window, most recently resolved first. */
  history: PublicIncident[];
  /** Not yet completed, soonest first. */
  maintenance: PublicMaintenance[];
  /** Completed within the window, latest first. */
  pastMaintenance: PublicMaintenance[];
  /** The latest publication of anything on the page; null when nothing was ever published. */
  lastPublishedAt: string | null;
};

export const UNGROUPED = "Other services";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const byPosition = <T extends { position: number; name: string }>(a: T, b: T) =>
  a.position - b.position || a.name.localeCompare(b.name);

/** One incident as the public sees it; `names` are the public components (others are left out). */
export function publicIncident(row: IncidentRow, names: Map<string, string>): PublicIncident {
  const last = row.updates[row.updates.length - 1];
  const resolved = last.status === "RESOLVED";
  const promised = last.nextUpdateAt ?? row.nextUpdateAt;
  return {
    id: row.id,
    title: row.title,
    status: last.status,
    startedAt: row.startedAt.toISOString(),
    resolvedAt: resolved ? last.publishedAt.toISOString() : null,
    nextUpdateAt: resolved ? null : iso(promised),
    components: row.components
      .filter((c) => names.has(c.componentId))
      .map((c) => ({
        id: c.componentId,
        name: names.get(c.componentId)!,
        state: c.publicState ?? stateFromSeverity(row.severity),
      })),
    updates: row.updates.map((u) => ({
      id: u.id,
      status: u.status,
      message: u.message,
      publishedAt: u.publishedAt.toISOString(),
    })),
    postmortemSummary: row.postmortemSummary
      ? { text: row.postmortemSummary.text, publishedAt: row.postmortemSummary.publishedAt.toISOString() }
      : null,
  };
}

export function publicMaintenance(row: MaintenanceRow, names: Map<string, string>): PublicMaintenance {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    scheduledStart: row.scheduledStart.toISOString(),
    scheduledEnd: row.scheduledEnd.toISOString(),
    components: row.componentIds.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! })),
    updates: row.updates.map((u) => ({ ...u, publishedAt: u.publishedAt.toISOString() })),
  };
}

/** Shapes published rows into the public summary; `now` dates the uptime bars and open outages. */
export function summarize(rows: SummaryRows, now: Date, days = 90): StatusSummary {
  const names = new Map(rows.components.map((c) => [c.id, c.name]));
  const incidents = rows.incidents
    .filter((i) => i.updates.length > 0)
    .map((i) => ({ row: i, pub: publicIncident(i, names) }));
  const active = incidents.filter(({ pub }) => pub.resolvedAt === null);
  const outagesOf = new Map<string, Outage[]>();
  for (const { row, pub } of incidents) {
    for (const c of pub.components) {
      const outage = {
        incidentId: row.id,
        start: row.startedAt,
        end: pub.resolvedAt ? new Date(pub.resolvedAt) : null,
        state: c.state,
      };
      outagesOf.set(c.id, [...(outagesOf.get(c.id) ?? []), outage]);
    }
  }
  const maintaining = new Set(
    rows.maintenance.filter((m) => isMaintenanceActive(m.status)).flatMap((m) => m.componentIds),
  );
  const component = (c: ComponentRow): PublicComponent => ({
    id: c.id,
    slug: c.slug,
    name: c.name,
    description: c.description,
    state: deriveComponentState({
      override: c.stateOverride,
      impacts: active.flatMap(({ row, pub }) =>
        pub.components.some((x) => x.id === c.id)
          ? [{ publicState: row.components.find((x) => x.componentId === c.id)!.publicState, severity: row.severity }]
          : [],
      ),
      inMaintenance: maintaining.has(c.id),
    }),
    uptime: uptimeBars(outagesOf.get(c.id) ?? [], now, days),
  });
  const groupOf = (id: string | null, name: string, members: ComponentRow[]): PublicGroup => {
    const components = [...members].sort(byPosition).map(component);
    return { id, name, state: worstState(components.map((c) => c.state)), components };
  };
  const known = new Set(rows.groups.map((g) => g.id));
  const groups = [...rows.groups].sort(byPosition).map((g) =>
    groupOf(
      g.id,
      g.name,
      rows.components.filter((c) => c.groupId === g.id),
    ),
  );
  const loose = rows.components.filter((c) => c.groupId === null || !known.has(c.groupId));
  if (loose.length > 0) groups.push(groupOf(null, UNGROUPED, loose));
  const shown = groups.filter((g) => g.components.length > 0);
  const overall = worstState(shown.map((g) => g.state));
  const maintenance = rows.maintenance.map((m) => publicMaintenance(m, names));
  const stamps = [
    ...rows.incidents.flatMap((i) => i.updates.map((u) => u.publishedAt.getTime())),
    ...rows.incidents.flatMap((i) => (i.postmortemSummary ? [i.postmortemSummary.publishedAt.getTime()] : [])),
    ...rows.maintenance.flatMap((m) => m.updates.map((u) => u.publishedAt.getTime())),
  ];
  return {
    siteName: rows.siteName,
    overall: { state: overall, headline: COMPONENT_STATE[overall].headline },
    groups: shown,
    incidents: active.map(({ pub }) => pub).sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    history: incidents
      .map(({ pub }) => pub)
      .filter((p) => p.resolvedAt !== null)
      .sort((a, b) => b.resolvedAt!.localeCompare(a.resolvedAt!)),
    maintenance: maintenance
      .filter((m) => m.status !== "COMPLETED")
      .sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart)),
    pastMaintenance: maintenance
      .filter((m) => m.status === "COMPLETED")
      .sort((a, b) => b.scheduledEnd.localeCompare(a.scheduledEnd)),
    lastPublishedAt: stamps.length > 0 ? new Date(Math.max(...stamps)).toISOString() : null,
  };
}

/** The state the page shows for each listed component, by id; a hidden component is absent. */
export function shownStates(summary: StatusSummary): Map<string, ComponentState> {
  return new Map(summary.groups.flatMap((g) => g.components.map((c) => [c.id, c.state] as const)));
}
