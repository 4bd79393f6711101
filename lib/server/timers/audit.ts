import "server-only";
import type { Db } from "@/lib/db/create-client";
import { LATE_THRESHOLD_MS } from "@/lib/domain/lateness";
import { listOverdueJobs } from "./list-overdue";
import { SUMMARY_WINDOW_MS } from "./summary";

export type FlaggedTimer = {
  id: string;
  kind: string;
  key: string;
  plannedAt: Date;
  firedAt: Date | null;
  /** How late it fired, or for one not yet fired how late it is at `now`. */
  latenessMs: number;
  reason: "FIRED_LATE" | "OVERDUE";
};

/**
 * The auditor: every deadline more than 60 s late — fired late within the window before `now`,
 * or still pending past its planned time. Most late first.
 */
export async function auditTimers(
  db: Db,
  now: Date,
  options: { windowMs?: number; limit?: number } = {},
): Promise<FlaggedTimer[]> {
  const since = new Date(now.getTime() - (options.windowMs ?? SUMMARY_WINDOW_MS));
  const limit = options.limit ?? 200;
  const thresholdSeconds = LATE_THRESHOLD_MS / 1000;
  // Compares two columns of a row, which Prisma's query builder cannot express.
  const late = await db.$queryRaw<{ id: string; kind: string; key: string; plannedAt: Date; firedAt: Date }[]>`
    SELECT id, kind, key, "plannedAt", "firedAt" FROM "Job"
    WHERE "firedAt" >= ${since} AND "firedAt" <= ${now}
      AND "firedAt" - "plannedAt" > make_interval(secs => ${thresholdSeconds})
    ORDER BY "firedAt" - "plannedAt" DESC LIMIT ${limit}`;
  const overdue = await listOverdueJobs(db, now, limit);
  const flagged: FlaggedTimer[] = [
    ...late.map((j) => ({
      ...j,
      latenessMs: j.firedAt.getTime() - j.plannedAt.getTime(),
      reason: "FIRED_LATE" as const,
    })),
    ...overdue.map((j) => ({
      id: j.id,
      kind: j.kind,
      key: j.key,
      plannedAt: j.plannedAt,
      firedAt: null,
      latenessMs: now.getTime() - j.plannedAt.getTime(),
      reason: "OVERDUE" as const,
    })),
  ];
  return flagged.sort((a, b) => b.latenessMs - a.latenessMs);
}
