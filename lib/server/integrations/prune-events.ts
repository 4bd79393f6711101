import "server-only";
import type { Db } from "@/lib/db/create-client";
import { db as defaultDb } from "../db";

const DAY_MS = 24 * 60 * 60_000;

/**
 * Deletes source event log lines older than the retention (the hourly sweep calls it): a source
 * that repeats its alerts every few minutes would otherwise grow the log, ~16 KB a line, for ever.
 */
export async function pruneIntegrationEvents(now: Date, retentionDays: number, db: Db = defaultDb): Promise<number> {
  const { count } = await db.integrationEvent.deleteMany({
    where: { receivedAt: { lt: new Date(now.getTime() - retentionDays * DAY_MS) } },
  });
  return count;
}
