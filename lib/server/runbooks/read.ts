import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { exercise } from "@/lib/domain/runbooks/stale";
import { diffRunbookVersions, snapshotSteps } from "@/lib/domain/runbooks/step-edit";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

// Current steps only: retired ones (negative positions) stay for the runs that recorded them.
const currentSteps = { where: { position: { gt: 0 } }, orderBy: { position: "asc" as const } };
const lastRun = { orderBy: { startedAt: "desc" as const }, take: 1, select: { startedAt: true } };

/** Every runbook with its steps, when it was last exercised and whether that makes it stale. */
export async function listRunbooksWithExercise(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const runbooks = await db.runbook.findMany({
    orderBy: [{ category: "asc" }, { key: "asc" }],
    include: { steps: currentSteps, runs: lastRun, _count: { select: { runs: true } } },
  });
  return runbooks.map(({ runs, ...rb }) => ({ ...rb, exercise: exercise(runs[0]?.startedAt ?? null, ctx.now) }));
}

/** One runbook by key, with its current steps, version history (newest first) and exercise. */
export async function getRunbook(ctx: Ctx, key: string) {
  authorize(ctx, "plan:read");
  const runbook = await db.runbook.findUnique({
    where: { key },
    include: {
      steps: currentSteps,
      runs: lastRun,
      versions: { orderBy: { version: "desc" }, include: { editedBy: { select: { name: true } } } },
    },
  });
  if (!runbook) throw new DomainError("NOT_FOUND", "No such runbook.");
  const { runs, ...rest } = runbook;
  return { ...rest, exercise: exercise(runs[0]?.startedAt ?? null, ctx.now) };
}

/** One saved version of a runbook, as it was, with the diff from the version before it. */
export async function getRunbookVersion(ctx: Ctx, key: string, version: number) {
  authorize(ctx, "plan:read");
  const runbook = await db.runbook.findUnique({ where: { key }, select: { id: true, key: true, title: true } });
  const versions = runbook
    ? await db.runbookVersion.findMany({
        where: { runbookId: runbook.id, version: { lte: version } },
        orderBy: { version: "desc" },
        take: 2,
        include: { editedBy: { select: { name: true } } },
      })
    : [];
  const [saved, previous] = versions;
  if (!runbook || saved?.version !== version) throw new DomainError("NOT_FOUND", "No such version.");
  const snap = (v: typeof saved) => ({ title: v.title, steps: snapshotSteps(v.steps) });
  return {
    runbook,
    saved: { ...saved, steps: snapshotSteps(saved.steps) },
    previousVersion: previous?.version ?? null,
    diff: diffRunbookVersions(previous ? snap(previous) : null, snap(saved)),
  };
}
