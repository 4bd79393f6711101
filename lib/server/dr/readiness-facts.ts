import "server-only";
import type { ReadinessFacts } from "@/lib/domain/readiness";
import { db } from "../db";

/** A DR test as the readiness page schedules it: when it last ran, however long ago. */
export type ScheduledTest = { key: string; name: string; cadence: string; lastRunAt: Date | null };

/**
 * Everything the readiness metrics are computed from, and the DR tests' schedule from the same
 * read of the tests. The page shows five quarters, so older runs and rows are left out by a
 * generous cut-off rather than loaded for ever; a test's last run is found at any age, since the
 * schedule shows it.
 */
export async function readinessFacts(now: Date): Promise<{ facts: ReadinessFacts; tests: ScheduledTest[] }> {
  const since = new Date(now.getTime() - 2 * 366 * 86_400_000);
  const [tests, lastRuns, runbookRuns, obligations, reviews, edits] = await Promise.all([
    db.drTest.findMany({
      orderBy: { key: "asc" },
      select: {
        id: true,
        key: true,
        name: true,
        cadence: true,
        expectedRtoMinutes: true,
        expectedRpoMinutes: true,
        runs: {
          where: { startedAt: { gte: since } },
          select: { startedAt: true, passed: true, actualRtoMinutes: true, actualRpoMinutes: true },
        },
      },
    }),
    db.drTestRun.groupBy({ by: ["testId"], _max: { startedAt: true } }),
    db.runbookRun.findMany({ where: { completedAt: { gte: since } }, select: { completedAt: true, modified: true } }),
    db.notificationObligation.findMany({
      where: { dueAt: { gte: since } },
      select: { dueAt: true, sentAt: true, status: true },
    }),
    db.auditLog.findMany({ where: { action: "risk.review", at: { gte: since } }, select: { at: true } }),
    db.runbookVersion.findMany({ where: { version: { gt: 1 }, editedAt: { gte: since } }, select: { editedAt: true } }),
  ]);
  const lastRunAt = new Map(lastRuns.map((r) => [r.testId, r._max.startedAt]));
  const facts: ReadinessFacts = {
    tests: tests.map((t) => ({
      key: t.key,
      cadence: t.cadence,
      runs: t.runs.map((r) => ({
        ...r,
        expectedRtoMinutes: t.expectedRtoMinutes,
        expectedRpoMinutes: t.expectedRpoMinutes,
      })),
    })),
    runbookRuns,
    obligations,
    riskReviews: reviews.map((r) => r.at),
    runbookEdits: edits.map((e) => e.editedAt),
  };
  return {
    facts,
    tests: tests.map((t) => ({ key: t.key, name: t.name, cadence: t.cadence, lastRunAt: lastRunAt.get(t.id) ?? null })),
  };
}
