import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** People who may own an action item: active and not read-only. Names are visible to every reader of the list. */
export async function ownerChoices(ctx: Ctx) {
  authorize(ctx, "incident:read");
  return db.user.findMany({
    where: { active: true, role: { not: "STAKEHOLDER" } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** Components an item may protect: the ones the postmortem's incident affected. */
export async function postmortemComponentChoices(ctx: Ctx, postmortemId: string) {
  authorize(ctx, "incident:read");
  const rows = await db.incidentComponent.findMany({
    where: { incident: { postmortem: { id: postmortemId } } },
    select: { component: { select: { id: true, name: true } } },
    orderBy: { component: { name: "asc" } },
  });
  return rows.map((r) => r.component);
}
