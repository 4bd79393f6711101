import "server-only";
import { updateDrTestSchema } from "@/lib/domain/dr/test-input";
import { DomainError } from "@/lib/domain/errors";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

/** Saves a DR test's scenario, cadence, method, objectives, criteria and runbook. */
export async function updateDrTest(ctx: Ctx, input: unknown) {
  return mutate(ctx, "dr:manage", updateDrTestSchema, input, async (tx, data) => {
    const before = await tx.drTest.findUnique({ where: { key: data.key } });
    if (!before) throw new DomainError("NOT_FOUND", "No such DR test", { key: ["No such DR test"] });
    if (data.runbookId && !(await tx.runbook.findUnique({ where: { id: data.runbookId } })))
      throw new DomainError("VALIDATION", "No such runbook", { runbookId: ["Choose a runbook from the list"] });
    const test = await tx.drTest.update({
      where: { id: before.id },
      data: {
        scenario: data.scenario,
        cadence: data.cadence,
        method: data.method,
        expectedRtoMinutes: data.expectedRtoMinutes ?? null,
        expectedRpoMinutes: data.expectedRpoMinutes ?? null,
        successCriteria: data.successCriteria,
        runbookId: data.runbookId ?? null,
      },
    });
    return {
      result: test,
      audit: { action: "dr.test.update", entityType: "DrTest", entityId: test.id, before, after: test },
      event: { type: "dr.test.changed", id: test.key },
    };
  });
}
