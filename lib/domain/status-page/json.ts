// The /status.json body for machines: components with states, active incidents with their
// latest public update, resolved incidents with their published postmortem summaries, and
// maintenance not yet completed. Published facts only.
import { COMPONENT_STATE } from "../component-state";
import type { StatusSummary } from "./summary";

export function statusJson(s: StatusSummary, pageUrl: string) {
  return {
    page: { url: pageUrl, updatedAt: s.lastPublishedAt },
    status: { state: s.overall.state, description: s.overall.headline },
    components: s.groups.flatMap((g) =>
      g.components.map((c) => ({
        id: c.id,
        slug: c.slug,
        name: c.name,
        group: g.name,
        state: c.state,
        stateLabel: COMPONENT_STATE[c.state].label,
        uptimePercent90d: c.uptime.uptimePercent,
      })),
    ),
    incidents: s.incidents.map((i) => ({
      id: i.id,
      title: i.title,
      status: i.status,
      startedAt: i.startedAt,
      nextUpdateAt: i.nextUpdateAt,
      components: i.components.map((c) => ({ id: c.id, name: c.name, state: c.state })),
      latestUpdate: i.updates[i.updates.length - 1] ?? null,
      postmortemSummary: i.postmortemSummary,
    })),
    // Resolved incidents of the window, for their postmortem summaries.
    resolvedIncidents: s.history.map((i) => ({
      id: i.id,
      title: i.title,
      startedAt: i.startedAt,
      resolvedAt: i.resolvedAt,
      postmortemSummary: i.postmortemSummary,
    })),
    maintenance: s.maintenance.map((m) => ({
      id: m.id,
      title: m.title,
      status: m.status,
      scheduledStart: m.scheduledStart,
      scheduledEnd: m.scheduledEnd,
      components: m.components,
      latestUpdate: m.updates[m.updates.length - 1] ?? null,
    })),
  };
}
