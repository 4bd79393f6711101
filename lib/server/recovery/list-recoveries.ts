import "server-only";
import { recoveryVsRto } from "@/lib/domain/rto";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

const DAY_MS = 86_400_000;

/**
 * Time to recover vs RTO for every component of the incidents resolved in the last `days` days,
 * oldest first, with the components that have an RTO (a chart per component, even an empty one).
 */
export async function listRecoveries(ctx: Ctx, days = 365) {
  authorize(ctx, "incident:read");
  const since = new Date(ctx.now.getTime() - days * DAY_MS);
  const [components, links] = await Promise.all([
    db.component.findMany({ orderBy: { rtoMinutes: "asc" }, select: { id: true, name: true, rtoMinutes: true } }),
    db.incidentComponent.findMany({
      where: { incident: { status: "RESOLVED", resolvedAt: { gte: since } } },
      select: {
        componentId: true,
        restoredAt: true,
        incident: {
          select: { id: true, number: true, title: true, severity: true, startedAt: true, resolvedAt: true },
        },
      },
    }),
  ]);
  const rto = new Map(components.map((c) => [c.id, c.rtoMinutes]));
  const recoveries = links.flatMap(({ componentId, restoredAt, incident }) => {
    const outcome = recoveryVsRto(incident.startedAt, rto.get(componentId) ?? 0, restoredAt, incident.resolvedAt);
    return outcome ? [{ componentId, incident, byRestoration: restoredAt !== null, ...outcome }] : [];
  });
  recoveries.sort((a, b) => a.incident.startedAt.getTime() - b.incident.startedAt.getTime());
  return { components, recoveries };
}
