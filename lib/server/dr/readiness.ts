import "server-only";
import {
  planAccuracy,
  rpoAchievement,
  rtoAchievement,
  successfulRecoveries,
  testOverdue,
} from "@/lib/domain/plan-metrics";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { env } from "../env";

/** DR_PLAN_METRICS as figures, plus which scheduled tests are overdue. */
export async function getReadiness(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const [metrics, tests, runbookRuns] = await Promise.all([
    db.planMetric.findMany({ orderBy: { position: "asc" } }),
    db.drTest.findMany({ orderBy: { key: "asc" }, include: { runs: { orderBy: { startedAt: "desc" } } } }),
    db.runbookRun.findMany({ select: { completedAt: true, modified: true } }),
  ]);
  const runs = tests.flatMap((t) =>
    t.runs.map((r) => ({ ...r, expectedRtoMinutes: t.expectedRtoMinutes, expectedRpoMinutes: t.expectedRpoMinutes })),
  );
  const figures: Record<string, ReturnType<typeof successfulRecoveries>> = {
    successful_recoveries: successfulRecoveries(runs),
    rto_achievement: rtoAchievement(runs),
    rpo_achievement: rpoAchievement(runs),
    plan_accuracy: planAccuracy(runbookRuns),
  };
  const schedule = tests.map((t) => ({
    key: t.key,
    name: t.name,
    cadence: t.cadence,
    lastRunAt: t.runs[0]?.startedAt ?? null,
    overdue: testOverdue(t.cadence, t.runs[0]?.startedAt ?? null, ctx.now, env.BRIDGE_TIME_ZONE),
  }));
  return { metrics: metrics.map((m) => ({ ...m, figure: figures[m.key] ?? null })), schedule };
}
