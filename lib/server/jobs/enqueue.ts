import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DELIVERY_PRIORITY, JOB_KINDS, type NewJob } from "@/lib/domain/jobs";
import { newId } from "./new-id";

export const JOB_CHANNEL = "bridge_jobs";

/**
 * Stores deadlines (built with `jobOf`) in the caller's transaction. A key that exists already is skipped, so
 * scheduling the same deadline twice (a retry, a second worker) has one effect. One statement
 * inserts them all and, if any was new, NOTIFYs workers with the earliest due time (epoch ms),
 * delivered only if the transaction commits; a worker already waking before then ignores it.
 */
export async function enqueue(tx: Pick<Tx, "$executeRaw">, jobs: NewJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await tx.$executeRaw`
    WITH inserted AS (
      INSERT INTO "Job" (id, kind, key, payload, "plannedAt", "runAt", priority)
      SELECT * FROM unnest(${jobs.map(() => newId())}::text[], ${jobs.map((j) => j.kind)}::text[], ${jobs.map((j) => j.key)}::text[],
        ${jobs.map((j) => JSON.stringify(j.payload))}::jsonb[], ${jobs.map((j) => j.runAt)}::timestamp(3)[], ${jobs.map((j) => j.runAt)}::timestamp(3)[],
        ${jobs.map(priorityOf)}::int[])
      ON CONFLICT (key) DO NOTHING
      RETURNING "runAt")
    SELECT pg_notify(${JOB_CHANNEL}, floor(extract(epoch FROM min("runAt")) * 1000)::bigint::text) FROM inserted HAVING count(*) > 0`;
}

/** The claim reads only deliveries that have a priority, so none is stored without one. */
function priorityOf(job: NewJob): number | null {
  if (JOB_KINDS[job.kind].lane !== "deliveries") return null;
  return job.priority ?? DELIVERY_PRIORITY.notification;
}
