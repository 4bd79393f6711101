import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** The failure mode analysis, with the runbooks a scenario may be linked to. */
export async function listScenarios(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const [scenarios, runbooks] = await Promise.all([
    db.failureScenario.findMany({
      orderBy: [{ category: "asc" }, { key: "asc" }],
      include: { runbook: { select: { id: true, key: true, title: true } } },
    }),
    db.runbook.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true } }),
  ]);
  return { scenarios, runbooks, withoutRunbook: scenarios.filter((s) => !s.runbookId).length };
}
