import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { scenarioRunbookSchema } from "@/lib/domain/risk-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

/** Sets (or, with no runbook, clears) the runbook a failure scenario is recovered with. */
export async function linkScenarioRunbook(ctx: Ctx, input: unknown) {
  return mutate(ctx, "dr:manage", scenarioRunbookSchema, input, async (tx, data) => {
    const before = await tx.failureScenario.findUnique({ where: { id: data.id } });
    if (!before) throw new DomainError("NOT_FOUND", "No such scenario.", { id: ["No such scenario"] });
    if (data.runbookId && !(await tx.runbook.findUnique({ where: { id: data.runbookId }, select: { id: true } })))
      throw new DomainError("VALIDATION", "Unknown runbook.", { runbookId: ["Choose a runbook from the list"] });
    const scenario = await tx.failureScenario.update({
      where: { id: before.id },
      data: { runbookId: data.runbookId ?? null },
    });
    return {
      result: scenario,
      audit: {
        action: "scenario.runbook",
        entityType: "FailureScenario",
        entityId: scenario.id,
        before,
        after: scenario,
      },
      event: { type: "dr.changed", id: scenario.id },
    };
  });
}
