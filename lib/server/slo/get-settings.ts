import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** An SLO's settings by slug, with its service's name and its alerts firing now. */
export async function getSloSettings(ctx: Ctx, slug: string) {
  authorize(ctx, "plan:read");
  const slo = await db.slo.findUnique({
    where: { slug },
    include: {
      service: { select: { name: true } },
      alerts: { where: { state: "FIRING" }, orderBy: { firedAt: "desc" } },
    },
  });
  if (!slo) throw new DomainError("NOT_FOUND", "No such SLO.");
  return slo;
}
