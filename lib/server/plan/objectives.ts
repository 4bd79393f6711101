import "server-only";
import { newest, rpoState } from "@/lib/domain/recovery";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** The plan's objectives at a glance: RTO per component, RPO per data asset with backup freshness, SLOs. */
export async function getObjectives(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const services = await db.service.findMany({
    orderBy: { name: "asc" },
    include: {
      components: { orderBy: { rtoMinutes: "asc" } },
      dataAssets: { orderBy: { rpoMinutes: "asc" }, include: { backupPolicies: { select: { lastVerifiedAt: true } } } },
      slos: { orderBy: { kind: "asc" } },
    },
  });
  return services.map((service) => ({
    ...service,
    dataAssets: service.dataAssets.map(({ backupPolicies, ...asset }) => {
      const lastVerifiedAt = newest(backupPolicies.map((b) => b.lastVerifiedAt));
      return { ...asset, lastVerifiedAt, rpo: rpoState(asset, lastVerifiedAt, ctx.now) };
    }),
  }));
}
