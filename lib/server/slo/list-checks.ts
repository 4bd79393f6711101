import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

const SLO_REF = { select: { id: true, slug: true, name: true } } as const;

/** Every health check with its service and SLOs, by name. */
export async function listHealthChecks(ctx: Ctx) {
  authorize(ctx, "plan:read");
  return db.healthCheck.findMany({
    orderBy: { name: "asc" },
    include: { service: { select: { name: true } }, availabilitySlo: SLO_REF, latencySlo: SLO_REF },
  });
}

/** What the check forms offer: services and their SLOs. */
export async function checkChoices(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const [services, slos] = await Promise.all([
    db.service.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.slo.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } }),
  ]);
  return { services, slos };
}
