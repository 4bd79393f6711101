import "server-only";
import { testOverdue } from "@/lib/domain/plan-metrics";
import { readinessByQuarter } from "@/lib/domain/readiness";
import { reviewOverdue } from "@/lib/domain/risks";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { env } from "../env";
import { readinessFacts } from "./readiness-facts";

/**
 * The plan's metrics for the current quarter and the four before it, which scheduled tests are
 * overdue, and the plan's loose ends: overdue risk reviews and scenarios without a runbook.
 */
export async function getReadiness(ctx: Ctx, timeZone = env.BRIDGE_TIME_ZONE) {
  authorize(ctx, "plan:read");
  const [{ facts, tests }, risks, withoutRunbook] = await Promise.all([
    readinessFacts(ctx.now),
    db.risk.findMany({ select: { reviewDueAt: true } }),
    db.failureScenario.count({ where: { runbookId: null } }),
  ]);
  const schedule = tests.map((t) => ({ ...t, overdue: testOverdue(t.cadence, t.lastRunAt, ctx.now, timeZone) }));
  return {
    quarters: readinessByQuarter(facts, ctx.now, timeZone),
    schedule,
    overdueReviews: risks.filter((r) => reviewOverdue(r, ctx.now)).length,
    withoutRunbook,
    timeZone,
  };
}
