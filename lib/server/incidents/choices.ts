import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** Components an incident can affect, shortest RTO first (filters and the declare form). */
export async function componentChoices(ctx: Ctx) {
  authorize(ctx, "incident:read");
  return db.component.findMany({
    orderBy: [{ rtoMinutes: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, rtoMinutes: true },
  });
}

/** People who may command an incident: active users who are not read-only stakeholders. */
export async function commanderChoices(ctx: Ctx) {
  authorize(ctx, "internal:read");
  return db.user.findMany({
    where: { active: true, role: { not: "STAKEHOLDER" } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, role: true },
  });
}
