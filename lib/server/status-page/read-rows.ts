import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IncidentRow, MaintenanceRow, SummaryRows } from "@/lib/domain/status-page/summary";

// Only what a commander published is read: updates with publishedAt set and the public audience,
// public components, and the incident's public title. Internal columns are never selected.
const PUBLISHED = { public: true, publishedAt: { not: null } } satisfies Prisma.StatusUpdateWhereInput;
const DAY_MS = 86_400_000;

const incidentSelect = {
  id: true,
  title: true,
  publicTitle: true,
  severity: true,
  startedAt: true,
  nextUpdateAt: true,
  components: { select: { componentId: true, publicState: true } },
  statusUpdates: {
    where: PUBLISHED,
    orderBy: [{ publishedAt: "asc" as const }, { createdAt: "asc" as const }],
    select: { id: true, status: true, message: true, publishedAt: true, nextUpdateAt: true },
  },
  // Of the postmortem, only the summary written for the public, and only once it is published.
  postmortem: { select: { publicSummary: true, publicSummaryAt: true } },
} satisfies Prisma.IncidentSelect;

const maintenanceSelect = {
  id: true,
  title: true,
  description: true,
  status: true,
  scheduledStart: true,
  scheduledEnd: true,
  components: { select: { componentId: true } },
  updates: {
    orderBy: { publishedAt: "asc" as const },
    select: { id: true, status: true, message: true, publishedAt: true },
  },
} satisfies Prisma.MaintenanceSelect;

type IncidentRecord = Awaited<ReturnType<typeof findIncidents>>[number];
type MaintenanceRecord = Awaited<ReturnType<typeof findMaintenance>>[number];

function findIncidents(db: Db, where: object) {
  return db.incident.findMany({
    // A drill never reaches the public, whatever was published for it.
    where: { AND: [where, { drill: false }, { statusUpdates: { some: PUBLISHED } }] },
    select: incidentSelect,
  });
}

function findMaintenance(db: Db, where: object) {
  return db.maintenance.findMany({ where, select: maintenanceSelect });
}

export function toIncidentRow(r: IncidentRecord): IncidentRow {
  return {
    id: r.id,
    title: r.publicTitle?.trim() || r.title,
    severity: r.severity,
    startedAt: r.startedAt,
    nextUpdateAt: r.nextUpdateAt,
    components: r.components,
    updates: r.statusUpdates.map((u) => ({ ...u, publishedAt: u.publishedAt! })),
    postmortemSummary:
      r.postmortem?.publicSummaryAt && r.postmortem.publicSummary.trim()
        ? { text: r.postmortem.publicSummary, publishedAt: r.postmortem.publicSummaryAt }
        : null,
  };
}

export function toMaintenanceRow(r: MaintenanceRecord): MaintenanceRow {
  return { ...r, componentIds: r.components.map((c) => c.componentId) };
}

/** Public components and groups, and the public incidents and maintenance of the last `days`. */
export async function readSummaryRows(db: Db, now: Date, days = 90): Promise<SummaryRows> {
  const since = new Date(now.getTime() - days * DAY_MS);
  const [service, groups, components, incidents, maintenance] = await Promise.all([
    db.service.findFirst({ orderBy: { name: "asc" }, select: { name: true } }),
    db.componentGroup.findMany({ select: { id: true, name: true, position: true } }),
    db.component.findMany({
      where: { public: true },
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        groupId: true,
        position: true,
        stateOverride: true,
      },
    }),
    // Still open, or touched the window: a long incident that started earlier still colours its days.
    findIncidents(db, {
      OR: [
        { startedAt: { gte: since } },
        { resolvedAt: null },
        { resolvedAt: { gte: since } },
        { statusUpdates: { some: { publishedAt: { gte: since } } } },
      ],
    }),
    findMaintenance(db, {
      OR: [{ status: { not: "COMPLETED" } }, { scheduledEnd: { gte: new Date(now.getTime() - 14 * DAY_MS) } }],
    }),
  ]);
  return {
    siteName: service?.name ?? "Service",
    groups,
    components,
    incidents: incidents.map(toIncidentRow),
    maintenance: maintenance.map(toMaintenanceRow),
  };
}

/** One public incident's rows, whatever its age; null when it was never published. */
export async function readIncidentRow(db: Db, id: string): Promise<IncidentRow | null> {
  const [found] = await findIncidents(db, { id });
  return found ? toIncidentRow(found) : null;
}

export async function readMaintenanceRow(db: Db, id: string): Promise<MaintenanceRow | null> {
  const [found] = await findMaintenance(db, { id });
  return found ? toMaintenanceRow(found) : null;
}
