import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { completeRunSchema } from "@/lib/domain/runbook-run-input";
import type { Ctx } from "../context";
import { recordEvent } from "../incidents/record-event";
import { mutate } from "../mutate";
import { openRunForChange, runEvent } from "./run-of";

/** Completes a run once every current step has an outcome; otherwise names the missing ones. */
export async function completeRunbookRun(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:respond", completeRunSchema, input, async (tx, data) => {
    const run = await openRunForChange(tx, data.runId);
    const recorded = new Set(run.steps.map((s) => s.stepId));
    const missing = run.runbook.steps.filter((s) => s.position > 0 && !recorded.has(s.id));
    if (missing.length)
      throw new DomainError("VALIDATION", "Some steps have no outcome yet.", {
        runId: [`Record every step first; missing: ${missing.map((s) => `${s.position}. ${s.title}`).join(", ")}`],
      });
    const done = await tx.runbookRun.update({ where: { id: run.id }, data: { completedAt: ctx.now } });
    if (run.incidentId)
      await recordEvent(
        tx,
        ctx,
        run.incidentId,
        "RUNBOOK_STEP",
        `Runbook completed: ${run.runbook.title}${done.modified ? " (modified: the written steps needed changes)" : ""}`,
        { runId: run.id, modified: done.modified },
      );
    return {
      result: done,
      audit: {
        action: "runbook.run.complete",
        entityType: "RunbookRun",
        entityId: run.id,
        before: { completedAt: null },
        after: done,
      },
      event: runEvent(run),
    };
  });
}
