// Rows for the status-page unit tests: two groups, one hidden-free set of components, and an
// incident and maintenance whose text is whatever the test passes (the XSS corpus, say).
import type { SummaryRows } from "./summary";

export const NOW = new Date("2026-11-30T12:00:00Z");
const at = (iso: string) => new Date(iso);

export function rows(text = "plain words"): SummaryRows {
  return {
    siteName: `Site ${text}`,
    groups: [
      { id: "g2", name: "Platform", position: 1 },
      { id: "g1", name: `Service ${text}`, position: 0 },
    ],
    components: [
      { id: "c1", slug: "api", name: "API", description: "", groupId: "g1", position: 1, stateOverride: null },
      {
        id: "c2",
        slug: "docs",
        name: `Docs ${text}`,
        description: "",
        groupId: "g1",
        position: 0,
        stateOverride: null,
      },
      { id: "c3", slug: "ci", name: "CI", description: "", groupId: "g2", position: 0, stateOverride: null },
      { id: "c4", slug: "dev", name: "Dev", description: "", groupId: null, position: 0, stateOverride: null },
    ],
    incidents: [
      {
        id: "i-active",
        title: `Active ${text}`,
        severity: "SEV2",
        startedAt: at("2026-11-30T10:00:00Z"),
        nextUpdateAt: at("2026-11-30T12:30:00Z"),
        components: [{ componentId: "c1", publicState: null }],
        updates: [
          {
            id: "u1",
            status: "INVESTIGATING",
            message: `First ${text}`,
            publishedAt: at("2026-11-30T10:05:00Z"),
            nextUpdateAt: null,
          },
          {
            id: "u2",
            status: "IDENTIFIED",
            message: `Second ${text}`,
            publishedAt: at("2026-11-30T10:40:00Z"),
            nextUpdateAt: at("2026-11-30T11:40:00Z"),
          },
        ],
      },
      {
        id: "i-old",
        title: `Old ${text}`,
        severity: "SEV1",
        startedAt: at("2026-11-20T10:00:00Z"),
        nextUpdateAt: null,
        components: [{ componentId: "c3", publicState: null }],
        updates: [
          {
            id: "u3",
            status: "INVESTIGATING",
            message: "Looking",
            publishedAt: at("2026-11-20T10:10:00Z"),
            nextUpdateAt: null,
          },
          {
            id: "u4",
            status: "RESOLVED",
            message: `Fixed ${text}`,
            publishedAt: at("2026-11-20T12:00:00Z"),
            nextUpdateAt: null,
          },
        ],
      },
    ],
    maintenance: [
      {
        id: "m1",
        title: `Upgrade ${text}`,
        description: `Window ${text}`,
        status: "IN_PROGRESS",
        scheduledStart: at("2026-11-30T11:00:00Z"),
        scheduledEnd: at("2026-11-30T13:00:00Z"),
        componentIds: ["c4"],
        updates: [
          { id: "mu1", status: "IN_PROGRESS", message: `Started ${text}`, publishedAt: at("2026-11-30T11:00:00Z") },
        ],
      },
    ],
  };
}
