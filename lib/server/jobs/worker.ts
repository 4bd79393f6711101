import "server-only";
import { hostname } from "node:os";
import pg from "pg";
import type { Db } from "@/lib/db/create-client";
import { systemCtx } from "../context";
import { claimDue, completeJob, failJob, nextDueAt } from "./claim";
import { JOB_CHANNEL } from "./enqueue";
import { HANDLERS } from "./handlers";

export type WorkerOptions = { db: Db; url: string; signal: AbortSignal; name?: string; batch?: number; maxSleepMs?: number; log?: (line: string) => void };

/**
 * Runs due deadlines until `signal` aborts. Sleeps until the next deadline or a NOTIFY that a
 * new one was stored, whichever comes first; polls at least every `maxSleepMs` regardless.
 */
export async function runWorker(options: WorkerOptions): Promise<void> {
  const { db, signal } = options;
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const batch = options.batch ?? 32;
  const maxSleepMs = options.maxSleepMs ?? 1000;
  let wake: (() => void) | null = null;
  const listener = new pg.Client({ connectionString: options.url });
  listener.on("error", (error) => options.log?.(`worker: listen connection error: ${error.message}`));
  listener.on("notification", () => wake?.());
  await listener.connect();
  await listener.query(`LISTEN ${JOB_CHANNEL}`);
  signal.addEventListener("abort", () => wake?.());
  try {
    while (!signal.aborted) {
      const jobs = await claimDue(db, name, new Date(), batch);
      await Promise.all(jobs.map(async (job) => {
        const handler = HANDLERS[job.kind];
        const now = new Date();
        try {
          if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
          await handler(systemCtx(now), job.payload);
          await completeJob(db, job.id, name, new Date());
        } catch (error) {
          options.log?.(`worker: ${job.kind} ${job.key} failed: ${error instanceof Error ? error.message : String(error)}`);
          await failJob(db, job.id, name, job.attempts, error, new Date());
        }
      }));
      if (jobs.length === batch) continue;
      const next = await nextDueAt(db);
      const sleep = next ? Math.min(Math.max(next.getTime() - Date.now(), 0), maxSleepMs) : maxSleepMs;
      if (sleep > 0) await new Promise<void>((resolve) => { wake = resolve; setTimeout(resolve, sleep); });
      wake = null;
    }
  } finally {
    await listener.end().catch(() => {});
  }
}
