import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

const who = { select: { name: true } };

/**
 * The runbook runs of an incident (or of a DR test run) as checklists: each run's steps as the
 * runbook has them now, plus any retired step the run recorded, each with its outcome if any.
 * Also the runbooks one could start.
 */
export async function listRunbookRuns(ctx: Ctx, where: { incidentId: string } | { drTestRunId: string }) {
  authorize(ctx, "incident:read");
  const [runs, runbooks] = await Promise.all([
    db.runbookRun.findMany({
      where,
      orderBy: { startedAt: "asc" },
      include: {
        startedBy: who,
        runbook: { include: { steps: { orderBy: { position: "asc" } } } },
        steps: { include: { completedBy: who } },
      },
    }),
    db.runbook.findMany({ orderBy: { title: "asc" }, select: { id: true, key: true, title: true } }),
  ]);
  const checklists = runs.map(({ runbook, steps: recorded, ...run }) => {
    const byStep = new Map(recorded.map((r) => [r.stepId, r]));
    const steps = runbook.steps
      .filter((s) => s.position > 0 || byStep.has(s.id))
      .map((s) => ({ ...s, recorded: byStep.get(s.id) ?? null }));
    const missing = steps.filter((s) => !s.recorded).length;
    return { ...run, runbook: { id: runbook.id, key: runbook.key, title: runbook.title }, steps, missing };
  });
  return { runs: checklists, runbooks };
}

export type RunChecklist = Awaited<ReturnType<typeof listRunbookRuns>>["runs"][number];
