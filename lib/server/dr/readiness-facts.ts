import "server-only";
import type { ReadinessFacts } from "@/lib/domain/readiness";
import { db } from "../db";

/**
 * Everything the readiness metrics are computed from. The page shows five quarters, so older
 * rows are left out by a generous cut-off rather than loaded for ever.
 */
export async function readinessFacts(now: Date): Promise<ReadinessFacts> {
  const since = new Date(now.getTime() - 2 * 366 * 86_400_000);
  const [tests, runbookRuns, obligations, reviews, edits] = await Promise.all([
    db.drTest.findMany({
      select: {
        key: true,
        cadence: true,
        expectedRtoMinutes: true,
        expectedRpoMinutes: true,
        runs: {
          where: { startedAt: { gte: since } },
          select: { startedAt: true, passed: true, actualRtoMinutes: true, actualRpoMinutes: true },
        },
      },
    }),
    db.runbookRun.findMany({ where: { completedAt: { gte: since } }, select: { completedAt: true, modified: true } }),
    db.notificationObligation.findMany({
      where: { dueAt: { gte: since } },
      select: { dueAt: true, sentAt: true, status: true },
    }),
    db.auditLog.findMany({ where: { action: "risk.review", at: { gte: since } }, select: { at: true } }),
    db.runbookVersion.findMany({ where: { version: { gt: 1 }, editedAt: { gte: since } }, select: { editedAt: true } }),
  ]);
  return {
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
}
