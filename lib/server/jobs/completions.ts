import "server-only";
import type { Db } from "@/lib/db/create-client";
import { completeJobs } from "./claim";

/**
 * Records finished jobs in batches: every job that finishes in the same turn of the event loop is
 * marked DONE by one statement, instead of one round trip each. Each caller still learns whether
 * its own completion was written (a failed batch fails each of its callers, who retry).
 * Losing a batch to a crash only re-runs its jobs, and every handler is idempotent.
 */
export function batchCompletions(db: Db, worker: string, clock: () => Date): (id: string) => Promise<void> {
  let waiting: { id: string; done: (error?: unknown) => void }[] = [];

  async function flush(): Promise<void> {
    const batch = waiting;
    waiting = [];
    try {
      await completeJobs(
        db,
        batch.map((w) => w.id),
        worker,
        clock(),
      );
      for (const w of batch) w.done();
    } catch (error) {
      for (const w of batch) w.done(error);
    }
  }

  return (id) =>
    new Promise<void>((resolve, reject) => {
      if (waiting.length === 0) setImmediate(() => void flush());
      waiting.push({ id, done: (error) => (error === undefined ? resolve() : reject(error as Error)) });
    });
}
