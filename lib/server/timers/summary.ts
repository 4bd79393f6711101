import "server-only";
import type { Db } from "@/lib/db/create-client";
import { latenessMs, summarizeLateness, type LatenessSummary } from "@/lib/domain/lateness";

export const SUMMARY_WINDOW_MS = 24 * 3_600_000;

/** Lateness figures over deadlines fired in the window before `now` (default 24 h). */
export async function summarizeRecentLateness(
  db: Db,
  now: Date,
  windowMs = SUMMARY_WINDOW_MS,
): Promise<LatenessSummary> {
  const rows = await db.job.findMany({
    where: { firedAt: { gte: new Date(now.getTime() - windowMs), lte: now } },
    select: { plannedAt: true, firedAt: true },
  });
  return summarizeLateness(rows.map((r) => latenessMs(r.plannedAt, r.firedAt!)));
}
