import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

export const EVENT_LOG_LENGTH = 50;

/** One source with its latest events, newest first, each with the incident it touched. */
export async function getSource(ctx: Ctx, id: string) {
  authorize(ctx, "integration:manage");
  const source = await db.integrationSource.findUnique({ where: { id } });
  if (!source) throw new DomainError("NOT_FOUND", "No such integration source.", { id: ["No such source"] });
  const events = await db.integrationEvent.findMany({
    where: { sourceId: id },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: EVENT_LOG_LENGTH,
    omit: { payload: true },
  });
  const ids = [...new Set(events.flatMap((e) => (e.incidentId ? [e.incidentId] : [])))];
  const incidents = await db.incident.findMany({
    where: { id: { in: ids } },
    select: { id: true, number: true, title: true },
  });
  const byId = new Map(incidents.map((i) => [i.id, i]));
  return {
    source,
    events: events.map((e) => ({ ...e, incident: e.incidentId ? (byId.get(e.incidentId) ?? null) : null })),
  };
}
