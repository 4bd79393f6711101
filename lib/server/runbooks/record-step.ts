import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { recordRunStepSchema } from "@/lib/domain/runbook-run-input";
import { STEP_OUTCOME_LABELS } from "@/lib/domain/runbooks/vocabulary";
import { actingUserId, type Ctx } from "../context";
import { recordEvent } from "../incidents/record-event";
import { mutate } from "../mutate";
import { openRunForChange, runEvent } from "./run-of";

/**
 * Records one step's outcome in a run, by whom and when, on the incident's timeline too. A step
 * has one outcome: recording it again is refused (two people ticking the same step at once must
 * not silently overwrite each other), naming who recorded it first. A "changed" answer marks the
 * run modified.
 */
export async function recordRunStep(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:respond", recordRunStepSchema, input, async (tx, data) => {
    const run = await openRunForChange(tx, data.runId);
    const step = run.runbook.steps.find((s) => s.id === data.stepId && s.position > 0);
    if (!step)
      throw new DomainError("VALIDATION", "Not a step of this runbook.", { stepId: ["No such step in this runbook"] });
    const earlier = run.steps.find((s) => s.stepId === step.id);
    if (earlier) {
      const by = earlier.completedById
        ? (await tx.user.findUnique({ where: { id: earlier.completedById }, select: { name: true } }))?.name
        : null;
      throw new DomainError("CONFLICT", "This step is already recorded.", {
        stepId: [`Already recorded as ${STEP_OUTCOME_LABELS[earlier.outcome]}${by ? ` by ${by}` : ""}`],
      });
    }
    const recorded = await tx.runbookRunStep.create({
      data: {
        runId: run.id,
        stepId: step.id,
        outcome: data.outcome,
        note: data.note,
        changed: data.changed,
        completedById: actingUserId(ctx),
        completedAt: ctx.now,
      },
    });
    if (data.changed && !run.modified) await tx.runbookRun.update({ where: { id: run.id }, data: { modified: true } });
    if (run.incidentId) {
      const details = [data.note, data.changed && `Changed: ${data.changed}`].filter(Boolean).join(" · ");
      await recordEvent(
        tx,
        ctx,
        run.incidentId,
        "RUNBOOK_STEP",
        `${run.runbook.title}, step ${step.position} "${step.title}": ${STEP_OUTCOME_LABELS[data.outcome]}${details ? ` — ${details}` : ""}`,
        { runId: run.id, stepId: step.id, outcome: data.outcome },
      );
    }
    return {
      result: recorded,
      audit: { action: "runbook.run.step", entityType: "RunbookRun", entityId: run.id, after: recorded },
      event: runEvent(run),
    };
  });
}
