import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const JOB_CHANNEL = "bridge_jobs";

export type JobKind = "escalate" | "obligation" | "deliver";
export type NewJob = { kind: JobKind; key: string; runAt: Date; payload: Prisma.InputJsonValue };

/**
 * Stores deadlines in the caller's transaction. A key that exists already is skipped, so
 * scheduling the same deadline twice (a retry, a second worker) has one effect.
 */
export async function enqueue(tx: Tx, jobs: NewJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await tx.job.createMany({ data: jobs.map((j) => ({ ...j, plannedAt: j.runAt })), skipDuplicates: true });
  // Wakes idle workers early; delivered only if the transaction commits.
  await tx.$executeRaw`SELECT pg_notify(${JOB_CHANNEL}, '')`;
}
