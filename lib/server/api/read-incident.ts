import "server-only";
import { DomainError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize, isAllowed } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { incidentUrl, timelineJson } from "./incident-json";

// Only what the API returns: the console's incident view also loads escalation, deliveries and
// the people who could take command, none of which a machine reads.
const base = {
  id: true,
  number: true,
  title: true,
  severity: true,
  status: true,
  impact: true,
  startedAt: true,
  detectedAt: true,
  acknowledgedAt: true,
  mitigatedAt: true,
  resolvedAt: true,
  commander: { select: { name: true, email: true } },
  components: {
    select: { restoredAt: true, component: { select: { id: true, slug: true, name: true, rtoMinutes: true } } },
    orderBy: { component: { rtoMinutes: "asc" } },
  },
  statusUpdates: {
    select: { status: true, message: true, nextUpdateAt: true, publishedAt: true },
    orderBy: { publishedAt: "desc" },
  },
  events: {
    select: { kind: true, message: true, actorLabel: true, occurredAt: true },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.IncidentSelect;

/**
 * One incident as the REST API shows it. The timeline and the commander's e-mail only for
 * callers allowed internal reads (responders and above; a token with incidents:read or a scope including it).
 */
export async function readIncident(ctx: Ctx, number: number) {
  authorize(ctx, "incident:read");
  const internal = isAllowed(ctx, "internal:read");
  // Without internal reads the timeline is not even loaded (`take: 0`), so it cannot leak.
  const incident = await db.incident.findUnique({
    where: { number },
    select: { ...base, events: { ...base.events, take: internal ? undefined : 0 } },
  });
  if (!incident) throw new DomainError("NOT_FOUND", `There is no incident #${number}.`);
  const { commander, components, statusUpdates, events, ...facts } = incident;
  return {
    ...facts,
    commander: commander ? { name: commander.name, ...(internal ? { email: commander.email } : {}) } : null,
    components: components.map((c) => ({ ...c.component, restoredAt: c.restoredAt })),
    statusUpdates,
    timeline: internal ? events.map(timelineJson) : undefined,
    url: incidentUrl(incident.number),
  };
}
