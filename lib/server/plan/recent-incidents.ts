import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** Open incidents first, then the most recent, for the overview. */
export async function recentIncidents(ctx: Ctx, take = 5) {
  authorize(ctx, "incident:read");
  return db.incident.findMany({
    orderBy: [{ resolvedAt: { sort: "desc", nulls: "first" } }, { startedAt: "desc" }],
    take,
    select: {
      id: true,
      number: true,
      title: true,
      drill: true,
      severity: true,
      status: true,
      startedAt: true,
      resolvedAt: true,
    },
  });
}
