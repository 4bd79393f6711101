import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { jobOf } from "@/lib/domain/jobs";
import { enqueue } from "../jobs/enqueue";

/**
 * Asks the worker to rewrite the static snapshot, in the caller's transaction: a publish that
 * rolls back schedules nothing. Call it with every change to what the status page shows.
 */
export async function scheduleStatusSnapshot(tx: Pick<Tx, "$executeRaw">, now: Date): Promise<void> {
  await enqueue(tx, [jobOf("status-snapshot", { at: now.toISOString() }, now)]);
}
