import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError, type FieldErrors } from "@/lib/domain/errors";
import { saveRunbookSchema, type SaveRunbookInput } from "@/lib/domain/runbooks/save-input";
import { planStepEdit, type StepPlan } from "@/lib/domain/runbooks/step-edit";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";

// Positions are unique per runbook: kept steps first move out of the way, then take their places.
const PARKED = -1_000_000;

const stepFields = (s: SaveRunbookInput["steps"][number]) => ({
  title: s.title,
  description: s.description,
  command: s.command,
  expectedResult: s.expectedResult,
});

function refuse(errors: FieldErrors): never {
  throw new DomainError("VALIDATION", `Invalid input: ${Object.keys(errors).join(", ")}`, errors);
}

async function applyPlan(tx: Tx, runbookId: string, plan: StepPlan, data: SaveRunbookInput) {
  if (plan.deletes.length) await tx.runbookStep.deleteMany({ where: { id: { in: plan.deletes } } });
  const moving = [...plan.updates.map((u) => u.id), ...plan.retires.map((r) => r.id)];
  for (const [i, id] of moving.entries())
    await tx.runbookStep.update({ where: { id }, data: { position: PARKED - i } });
  for (const r of plan.retires) await tx.runbookStep.update({ where: { id: r.id }, data: { position: r.position } });
  for (const u of plan.updates)
    await tx.runbookStep.update({
      where: { id: u.id },
      data: { position: u.position, ...stepFields(data.steps[u.index]) },
    });
  for (const c of plan.creates)
    await tx.runbookStep.create({ data: { runbookId, position: c.position, ...stepFields(data.steps[c.index]) } });
}

/**
 * Creates a runbook (no `runbookId`) or saves an edit of one. Every save is a new version: the
 * version number goes up and a RunbookVersion keeps the title and steps as saved, with who saved
 * them and the note on what changed. Steps are edited in place (see planStepEdit) so the runs
 * that recorded them keep pointing at them.
 */
export async function saveRunbook(ctx: Ctx, input: unknown) {
  return mutate(ctx, "dr:manage", saveRunbookSchema, input, async (tx, data) => {
    const before = data.runbookId
      ? await tx.runbook.findUnique({
          where: { id: data.runbookId },
          include: { steps: { include: { _count: { select: { runSteps: true } } } } },
        })
      : null;
    if (data.runbookId && !before)
      throw new DomainError("NOT_FOUND", "No such runbook.", { runbookId: ["No such runbook"] });
    let runbook;
    if (before) {
      const stored = before.steps.map((s) => ({ id: s.id, position: s.position, referenced: s._count.runSteps > 0 }));
      const plan = planStepEdit(stored, data.steps);
      if (plan.unknown.length)
        refuse(
          Object.fromEntries(
            plan.unknown.map((u) => [`steps.${u.index}.title`, ["This step changed meanwhile; reload and edit again"]]),
          ),
        );
      await applyPlan(tx, before.id, plan, data);
      runbook = await tx.runbook.update({
        where: { id: before.id },
        data: { title: data.title, category: data.category, description: data.description, version: { increment: 1 } },
      });
    } else {
      if (!data.key) refuse({ key: ["Key is required"] });
      if (await tx.runbook.findUnique({ where: { key: data.key }, select: { id: true } }))
        refuse({ key: ["Another runbook has this key"] });
      runbook = await tx.runbook.create({
        data: {
          key: data.key,
          title: data.title,
          category: data.category,
          description: data.description,
          steps: { create: data.steps.map((s, i) => ({ position: i + 1, ...stepFields(s) })) },
        },
      });
    }
    const version = await tx.runbookVersion.create({
      data: {
        runbookId: runbook.id,
        version: runbook.version,
        title: runbook.title,
        steps: data.steps.map(stepFields),
        editedById: actingUserId(ctx),
        editedAt: ctx.now,
        note: data.note,
      },
    });
    return {
      result: { ...runbook, versionId: version.id },
      audit: {
        action: before ? "runbook.update" : "runbook.create",
        entityType: "Runbook",
        entityId: runbook.id,
        before: before ? { ...before, steps: before.steps.filter((s) => s.position > 0).map(stepFields) } : undefined,
        after: { ...runbook, steps: data.steps.map(stepFields), note: data.note },
      },
      event: { type: "runbook", id: runbook.id },
    };
  });
}
