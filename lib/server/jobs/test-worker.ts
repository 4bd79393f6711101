// Test helpers: run the real worker in the test process until the database shows what a test
// waits for, on the real clock or on a clock that starts at a chosen instant and ticks on.
import pino from "pino";
import { incidentJobKeyPrefixes } from "@/lib/domain/jobs";
import { db } from "../db";
import { env } from "../env";
import type { Logger } from "../log";
import { runWorker } from "./worker";

export type Clock = () => Date;

/** One structured log line: `msg` and its fields. */
export type LogLine = { msg: string; level: number; [field: string]: unknown };

/** A logger that keeps its lines (parsed) in memory, for tests to assert what was logged. */
export function captureLog(): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const log = pino({ level: "debug" }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { log, lines };
}

/** A clock that reads `start` now and moves on in real time. */
export function clockFrom(start: Date): Clock {
  const realStart = Date.now();
  return () => new Date(start.getTime() + (Date.now() - realStart));
}

/**
 * Runs the worker until `done()` resolves true. The timeout only stops a hung test; the
 * assertions are on what the database and the receivers hold afterwards.
 */
export async function runWorkerUntil(
  done: () => Promise<boolean>,
  options: { clock?: Clock; timeoutMs?: number } = {},
): Promise<LogLine[]> {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const controller = new AbortController();
  const { log, lines } = captureLog();
  const worker = runWorker({
    db,
    url: env.DATABASE_URL,
    signal: controller.signal,
    clock: options.clock,
    maxSleepMs: 200,
    name: "test-worker",
    log,
  });
  try {
    const deadline = Date.now() + (options.timeoutMs ?? 20_000);
    while (!(await done())) {
      if (Date.now() > deadline)
        throw new Error(
          `the worker did not get there in time; its log:\n${lines.map((l) => JSON.stringify(l)).join("\n")}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    controller.abort();
    await worker;
  }
  return lines;
}

/** Every job of the incident (escalations, obligations, deliveries) that is due at `now` has run. */
export async function incidentSettled(incidentId: string, now: Date): Promise<boolean> {
  const jobs = await incidentJobs(incidentId);
  return jobs.every((j) => j.status === "DONE" || j.status === "FAILED" || (j.status === "PENDING" && j.runAt > now));
}

export async function incidentJobs(incidentId: string) {
  const [obligations, deliveries] = await Promise.all([
    db.notificationObligation.findMany({ where: { incidentId }, select: { id: true } }),
    db.delivery.findMany({ where: { incidentId }, select: { id: true } }),
  ]);
  const prefixes = incidentJobKeyPrefixes(
    incidentId,
    obligations.map((o) => o.id),
    deliveries.map((d) => d.id),
  );
  return db.job.findMany({
    where: { OR: prefixes.map((p) => ({ key: { startsWith: p } })) },
    orderBy: { plannedAt: "asc" },
  });
}
