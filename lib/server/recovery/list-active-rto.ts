import "server-only";
import { rtoState } from "@/lib/domain/rto";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** Every open incident with each affected component's RTO deadline and state at `ctx.now`, oldest first. */
export async function listActiveRto(ctx: Ctx) {
  authorize(ctx, "incident:read");
  const incidents = await db.incident.findMany({
    where: { status: { not: "RESOLVED" } },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      number: true,
      title: true,
      severity: true,
      status: true,
      startedAt: true,
      components: {
        select: { restoredAt: true, component: { select: { id: true, name: true, rtoMinutes: true } } },
        orderBy: { component: { rtoMinutes: "asc" } },
      },
    },
  });
  return incidents.map(({ components, ...incident }) => ({
    ...incident,
    components: components.map(({ restoredAt, component }) => ({
      ...component,
      restoredAt,
      rto: rtoState(incident.startedAt, component.rtoMinutes, restoredAt, ctx.now),
    })),
  }));
}
