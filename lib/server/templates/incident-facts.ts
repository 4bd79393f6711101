import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { IncidentFacts } from "@/lib/domain/incident-values";
import { env } from "../env";

const INCLUDE = {
  commander: true,
  components: { include: { component: { include: { service: true } } } },
  // Drafts (publishedAt null) promise nothing yet.
  statusUpdates: { where: { publishedAt: { not: null } }, orderBy: { publishedAt: "desc" }, take: 1 },
  // A postmortem reopened for a new revision was still published first on its first publication's date.
  postmortem: {
    select: {
      dueAt: true,
      publications: { orderBy: { publishedAt: "asc" }, take: 1, select: { publishedAt: true } },
    },
  },
} as const;

/**
 * The incident with what its templates are filled from. The promised next update is the
 * incident's own (set by the commander) before the last published update's.
 */
export async function loadIncidentFacts(tx: Tx, where: { id: string }) {
  const incident = await tx.incident.findUniqueOrThrow({ where, include: INCLUDE });
  const facts: IncidentFacts = {
    ...incident,
    commanderName: incident.commander?.name ?? null,
    serviceName: incident.components[0]?.component.service.name ?? "Service",
    nextUpdateAt: incident.nextUpdateAt ?? incident.statusUpdates[0]?.nextUpdateAt ?? null,
    postmortemPublishedAt: incident.postmortem?.publications[0]?.publishedAt ?? null,
    postmortemDueAt: incident.postmortem?.dueAt ?? null,
    postmortemWorkingDays: env.BRIDGE_POSTMORTEM_DUE_WORKING_DAYS,
  };
  return { incident, facts };
}
