import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { IncidentFacts } from "@/lib/domain/incident-values";

const INCLUDE = {
  commander: true,
  components: { include: { component: { include: { service: true } } } },
  // Drafts (publishedAt null) promise nothing yet.
  statusUpdates: { where: { publishedAt: { not: null } }, orderBy: { publishedAt: "desc" }, take: 1 },
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
  };
  return { incident, facts };
}
