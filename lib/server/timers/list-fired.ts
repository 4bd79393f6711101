import "server-only";
import type { Db } from "@/lib/db/create-client";
import { latenessMs } from "@/lib/domain/lateness";

export const FIRED_SELECT = {
  id: true,
  kind: true,
  key: true,
  plannedAt: true,
  firedAt: true,
  completedAt: true,
  status: true,
  attempts: true,
  lastError: true,
} as const;

/** The most recently fired deadlines with their lateness, newest first. */
export async function listFiredJobs(db: Db, limit = 100) {
  const rows = await db.job.findMany({
    where: { firedAt: { not: null } },
    orderBy: [{ firedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: FIRED_SELECT,
  });
  return rows.map((row) => ({ ...row, latenessMs: latenessMs(row.plannedAt, row.firedAt!) }));
}

/** Deadlines whose handler kept failing and gave up. */
export async function listFailedJobs(db: Db, limit = 100) {
  const rows = await db.job.findMany({
    where: { status: "FAILED" },
    orderBy: [{ completedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: FIRED_SELECT,
  });
  return rows.map((row) => ({ ...row, latenessMs: row.firedAt ? latenessMs(row.plannedAt, row.firedAt) : null }));
}
