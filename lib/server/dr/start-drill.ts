import "server-only";
import { drillTitle, startDrillSchema } from "@/lib/domain/dr/test-input";
import { declareSchema } from "@/lib/domain/incidents";
import { DomainError } from "@/lib/domain/errors";
import { writeAudit } from "../audit";
import { actingUserId, type Ctx } from "../context";
import { declareInTx } from "../incidents/declare";
import { mutate } from "../mutate";
import { startRunbookRun } from "../runbooks/start-run";
import { parseInput } from "../validate";

/**
 * "Start as drill": declares an incident marked drill, exactly as a person declares one (so it
 * has its own bridge, timers and timeline, and notifies internal groups only), opens the test's
 * run for it, then starts the test's runbook as the bridge's checklist.
 */
export async function startDrill(ctx: Ctx, input: unknown) {
  const started = await mutate(ctx, "dr:manage", startDrillSchema, input, async (tx, data) => {
    const test = await tx.drTest.findUnique({ where: { key: data.key } });
    if (!test) throw new DomainError("NOT_FOUND", "No such DR test", { key: ["No such DR test"] });
    const declaration = parseInput(declareSchema, {
      title: drillTitle(test.name),
      severity: data.severity,
      componentIds: [data.componentId],
      impact: `DR drill of "${test.name}"${test.scenario ? `: ${test.scenario}` : ""}. No customer impact.`,
    });
    const declared = await declareInTx(tx, ctx, declaration, { drill: true });
    await writeAudit(tx, ctx, declared.audit);
    const run = await tx.drTestRun.create({
      data: {
        testId: test.id,
        runById: actingUserId(ctx),
        startedAt: ctx.now,
        drill: true,
        incidentId: declared.result.id,
      },
    });
    return {
      result: { incident: declared.result, run, runbookId: test.runbookId },
      audit: { action: "dr.drill.start", entityType: "DrTestRun", entityId: run.id, after: run },
      event: declared.event,
    };
  });
  // The checklist in its own step, through the one way a runbook run starts; the drill stands without it.
  if (started.runbookId) await startRunbookRun(ctx, { runbookId: started.runbookId, drTestRunId: started.run.id });
  return started;
}
