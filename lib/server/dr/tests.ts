import "server-only";
import { nextDue } from "@/lib/domain/dr/schedule";
import { criteriaOf, type CriterionOutcome } from "@/lib/domain/dr/verdict";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { env } from "../env";

/** Every DR test with its next due day (overdue flagged) and its latest runs. */
export async function listTestSchedule(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const tests = await db.drTest.findMany({
    orderBy: [{ cadence: "asc" }, { key: "asc" }],
    include: {
      runbook: { select: { key: true, title: true } },
      runs: { orderBy: { startedAt: "desc" }, take: 1 },
    },
  });
  return tests.map((t) => ({
    ...t,
    due: nextDue(t.cadence, t.runs[0]?.startedAt ?? null, ctx.now, env.BRIDGE_TIME_ZONE),
  }));
}

export type TestSchedule = Awaited<ReturnType<typeof listTestSchedule>>;

/** One test with its runs (each with its action items and runbook runs), or null. */
export async function getDrTest(ctx: Ctx, key: string) {
  authorize(ctx, "plan:read");
  const test = await db.drTest.findUnique({
    where: { key },
    include: {
      runbook: { select: { id: true, key: true, title: true } },
      runs: {
        orderBy: { startedAt: "desc" },
        take: 50,
        include: {
          runBy: { select: { name: true } },
          incident: { select: { id: true, number: true, title: true, status: true } },
          actionItems: {
            select: { id: true, title: true, status: true, dueDate: true },
            orderBy: { createdAt: "asc" },
          },
          runbookRuns: { select: { id: true, startedAt: true, completedAt: true } },
        },
      },
    },
  });
  if (!test) return null;
  const runs = test.runs.map((r) => ({ ...r, criteria: (r.criteria ?? []) as CriterionOutcome[] }));
  return {
    ...test,
    runs,
    criteria: criteriaOf(test.successCriteria),
    due: nextDue(test.cadence, test.runs[0]?.startedAt ?? null, ctx.now, env.BRIDGE_TIME_ZONE),
  };
}

export type DrTestDetail = NonNullable<Awaited<ReturnType<typeof getDrTest>>>;

/** Runbooks a test may follow, and recent runbook runs a recorded run may link. */
export async function drTestChoices(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const [runbooks, runbookRuns] = await Promise.all([
    db.runbook.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.runbookRun.findMany({
      orderBy: { startedAt: "desc" },
      take: 30,
      select: { id: true, startedAt: true, runbook: { select: { title: true } } },
    }),
  ]);
  return { runbooks, runbookRuns };
}
