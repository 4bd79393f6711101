import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { dayOf, dueDateOf } from "@/lib/domain/action-items";
import { criteriaOf, validateRecoveryMetrics, type Shortfall } from "@/lib/domain/dr/verdict";
import { recordRunSchema, type RecordRunInput } from "@/lib/domain/dr/test-input";
import { DomainError, type FieldErrors } from "@/lib/domain/errors";
import { scheduleDueReminder, tellOwner } from "../action-items/notify-owner";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";

/** A failed run's action items are due two weeks after it is recorded. */
const ACTION_ITEM_DAYS = 14;

/** Every criterion of the test needs an outcome, and only those: named per row when one is missing. */
function checkCriteria(expected: string[], data: RecordRunInput) {
  const errors: FieldErrors = {};
  expected.forEach((criterion, i) => {
    if (data.criteria.find((c) => c.criterion === criterion) === undefined)
      errors[`criteria.${i}.outcome`] = ["Choose met or not met"];
  });
  if (data.criteria.some((c) => !expected.includes(c.criterion)))
    errors.criteria = ["The test's criteria have changed; reload the page"];
  if (Object.keys(errors).length) throw new DomainError("VALIDATION", "Give every criterion an outcome", errors);
}

async function createActionItems(
  tx: Tx,
  ctx: Ctx,
  run: { id: string },
  test: { name: string },
  shortfalls: Shortfall[],
) {
  const ownerId = actingUserId(ctx);
  const dueDate = dueDateOf(dayOf(new Date(ctx.now.getTime() + ACTION_ITEM_DAYS * 86_400_000)));
  for (const shortfall of shortfalls) {
    const item = await tx.actionItem.create({
      data: { drTestRunId: run.id, title: shortfall.title.slice(0, 200), ownerId, dueDate, priority: "HIGH" },
    });
    await tellOwner(tx, item, { incidentId: null, message: { drTest: test } }, ctx.now);
    await scheduleDueReminder(tx, item);
  }
}

/**
 * Records a DR test run (or finishes a drill's): its times, measured RTO and RPO, each success
 * criterion's outcome and the verdict. A failed run gets one action item per shortfall, owned by
 * whoever recorded it. A run already decided is not recorded again.
 */
export async function recordDrTestRun(ctx: Ctx, input: unknown) {
  return mutate(ctx, "dr:manage", recordRunSchema, input, async (tx, data) => {
    const test = await tx.drTest.findUnique({ where: { key: data.key } });
    if (!test) throw new DomainError("NOT_FOUND", "No such DR test", { key: ["No such DR test"] });
    checkCriteria(criteriaOf(test.successCriteria), data);
    const before = data.runId ? await tx.drTestRun.findFirst({ where: { id: data.runId, testId: test.id } }) : null;
    if (data.runId && !before)
      throw new DomainError("NOT_FOUND", "No such run of this test", { runId: ["No such run"] });
    if (before?.passed !== null && before?.passed !== undefined)
      throw new DomainError("CONFLICT", "This run is already recorded", { runId: ["Already recorded"] });
    if (data.runbookRunId && !(await tx.runbookRun.findUnique({ where: { id: data.runbookRunId } })))
      throw new DomainError("VALIDATION", "No such runbook run", {
        runbookRunId: ["Choose a runbook run from the list"],
      });
    const criteria = data.criteria.map((c) => ({ criterion: c.criterion, met: c.outcome === "met", note: c.note }));
    const verdict = validateRecoveryMetrics({
      actualRtoMinutes: data.actualRtoMinutes ?? null,
      actualRpoMinutes: data.actualRpoMinutes ?? null,
      expectedRtoMinutes: test.expectedRtoMinutes,
      expectedRpoMinutes: test.expectedRpoMinutes,
      criteria,
    });
    const fields = {
      startedAt: data.startedAt,
      completedAt: data.completedAt,
      actualRtoMinutes: data.actualRtoMinutes ?? null,
      actualRpoMinutes: data.actualRpoMinutes ?? null,
      criteria,
      notes: data.notes,
      passed: verdict.passed,
    };
    const run = before
      ? await tx.drTestRun.update({ where: { id: before.id }, data: fields })
      : await tx.drTestRun.create({ data: { ...fields, testId: test.id, runById: actingUserId(ctx) } });
    if (data.runbookRunId)
      await tx.runbookRun.update({ where: { id: data.runbookRunId }, data: { drTestRunId: run.id } });
    if (!verdict.passed) await createActionItems(tx, ctx, run, test, verdict.shortfalls);
    return {
      result: { run, verdict },
      audit: { action: "dr.test.run.record", entityType: "DrTestRun", entityId: run.id, before, after: run },
      event: { type: "dr.test.changed", id: test.key },
    };
  });
}
