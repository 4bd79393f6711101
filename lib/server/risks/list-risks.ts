import "server-only";
import { heatMap, reviewOverdue } from "@/lib/domain/risks";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** The risk register, each risk flagged when its review is overdue, with its heat map and the owners to choose from. */
export async function listRisks(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const [risks, owners] = await Promise.all([
    db.risk.findMany({
      orderBy: [{ mitigationPriority: "desc" }, { title: "asc" }],
      include: { owner: { select: { id: true, name: true } } },
    }),
    db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const flagged = risks.map((r) => ({ ...r, overdue: reviewOverdue(r, ctx.now) }));
  return {
    risks: flagged,
    overdue: flagged.filter((r) => r.overdue).length,
    heatMap: heatMap(risks),
    owners,
  };
}
