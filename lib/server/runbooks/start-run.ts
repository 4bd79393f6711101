import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { startRunbookRunSchema } from "@/lib/domain/runbook-run-input";
import { actingUserId, type Ctx } from "../context";
import { lockIncident } from "../incidents/lock";
import { recordEvent } from "../incidents/record-event";
import { mutate } from "../mutate";

/**
 * Starts a run of a runbook's current version, as a live checklist: for an incident (on its
 * timeline) or for a DR test run (a drill's incident gets the timeline entry too). A second start
 * of the same runbook for the same incident or test run returns the open run instead.
 */
export async function startRunbookRun(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:respond", startRunbookRunSchema, input, async (tx, data) => {
    const runbook = await tx.runbook.findUnique({ where: { id: data.runbookId } });
    if (!runbook) throw new DomainError("VALIDATION", "Unknown runbook", { runbookId: ["No such runbook"] });
    const testRun = data.drTestRunId
      ? await tx.drTestRun.findUnique({ where: { id: data.drTestRunId }, select: { id: true, incidentId: true } })
      : null;
    if (data.drTestRunId && !testRun)
      throw new DomainError("VALIDATION", "Unknown DR test run", { drTestRunId: ["No such DR test run"] });
    const incidentId = data.incidentId ?? testRun?.incidentId ?? null;
    if (incidentId) await lockIncident(tx, incidentId);
    const open = await tx.runbookRun.findFirst({
      where: {
        runbookId: runbook.id,
        completedAt: null,
        ...(data.drTestRunId ? { drTestRunId: data.drTestRunId } : { incidentId }),
      },
    });
    if (open)
      return { result: open, audit: { action: "runbook.run.resume", entityType: "RunbookRun", entityId: open.id } };
    const run = await tx.runbookRun.create({
      data: {
        runbookId: runbook.id,
        runbookVersion: runbook.version,
        incidentId,
        drTestRunId: data.drTestRunId ?? null,
        startedById: actingUserId(ctx),
        startedAt: ctx.now,
      },
    });
    if (incidentId)
      await recordEvent(
        tx,
        ctx,
        incidentId,
        "RUNBOOK_STEP",
        `Runbook started: ${runbook.title} (version ${runbook.version})`,
        {
          runId: run.id,
          runbook: runbook.key,
        },
      );
    return {
      result: run,
      audit: { action: "runbook.run.start", entityType: "RunbookRun", entityId: run.id, after: run },
      event: incidentId ? { type: "incident.changed", id: incidentId } : { type: "runbook.run", id: run.id },
    };
  });
}
