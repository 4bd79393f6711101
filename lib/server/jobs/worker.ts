import "server-only";
import { hostname } from "node:os";
import type { Db } from "@/lib/db/create-client";
import { parseJob, type ParsedJob } from "@/lib/domain/jobs";
import { systemCtx } from "../context";
import {
  claimDue,
  completeJob,
  failJob,
  nextDueAt,
  refreshLocks,
  rescheduleJob,
  STALE_LOCK_MS,
  type ClaimedJob,
  type Lane,
} from "./claim";
import { HANDLERS, type HandlerOptions } from "./handlers";
import { listenForJobs } from "./listen";
import { RetryLater } from "./retry-later";
import { createAlarm } from "./alarm";
import { messageOf } from "./message-of";

export type WorkerOptions = {
  db: Db;
  url: string;
  signal: AbortSignal;
  name?: string;
  /** Escalation and obligation jobs run at once, at most. */
  batch?: number;
  /** Deliveries (SMTP, webhooks) run at once, at most; separate so a slow server never delays a timer. */
  deliveryConcurrency?: number;
  maxSleepMs?: number;
  log?: (line: string) => void;
  /** The worker's notion of now; tests move it forward to reach deadlines minutes away. */
  clock?: () => Date;
  staleLockMs?: number;
};

/**
 * `cap` is the lane's current share: its limit, or less while it must give way. `saturated`: the
 * last claim filled every free slot, so more may be due, and each finishing job calls for a claim.
 */
type LaneState = { lane: Lane; limit: number; cap: number; saturated: boolean; running: Map<string, Promise<void>> };

// The CPU goes to deadlines first: while timers run, deliveries get a few slots, and a single one
// while due timers queue for a slot; they catch up the moment no timer is running.
const DELIVERY_SLOTS_WHILE_TIMERS_RUN = 4;
const DELIVERY_SLOTS_WHILE_TIMERS_QUEUE = 1;

/**
 * Runs due deadlines until `signal` aborts. Claims whenever a slot is free; otherwise sleeps
 * until the next deadline, a NOTIFY of an earlier one, or a finished job freeing a slot,
 * whichever comes first, and polls at least every `maxSleepMs` regardless.
 */
export async function runWorker(options: WorkerOptions): Promise<void> {
  const { db, signal } = options;
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? (() => {});
  const staleLockMs = options.staleLockMs ?? STALE_LOCK_MS;
  const maxSleepMs = Math.min(options.maxSleepMs ?? 1000, Math.floor(staleLockMs / 4));
  const timers = lane("timers", options.batch ?? 8);
  const deliveries = lane("deliveries", options.deliveryConcurrency ?? 16);
  const alarm = createAlarm();
  // The worker's next planned look at the queue, on its own clock; a NOTIFY of a later deadline changes nothing.
  let wakeAt = 0;
  const listener = await listenForJobs(
    options.url,
    (dueAt) => (dueAt === null || dueAt < wakeAt ? alarm.poke() : undefined),
    log,
  );
  signal.addEventListener("abort", alarm.poke, { once: true });
  let refreshedAt = Date.now();

  function start(state: LaneState, job: ClaimedJob): void {
    const run = execute(job)
      .catch((error: unknown) => log(`worker: could not record the outcome of ${job.key}: ${messageOf(error)}`))
      .finally(() => {
        state.running.delete(job.id);
        if (state.saturated || (state === timers && state.running.size === 0)) alarm.poke();
      });
    state.running.set(job.id, run);
  }

  async function execute(job: ClaimedJob): Promise<void> {
    let parsed: ParsedJob;
    try {
      parsed = parseJob(job.kind, job.payload);
    } catch (error) {
      // No retry makes a malformed job well-formed: it fails now, with the reason, for the timer audit.
      log(`worker: ${job.kind} ${job.key} refused: ${messageOf(error)}`);
      return failJob(db, job.id, name, null, error, clock());
    }
    try {
      await runHandler(parsed, clock(), { db, staleLockMs });
      await completeJob(db, job.id, name, clock());
    } catch (error) {
      if (error instanceof RetryLater) return rescheduleJob(db, job.id, name, error.at);
      log(`worker: ${job.kind} ${job.key} failed (attempt ${job.attempts}): ${messageOf(error)}`);
      await failJob(db, job.id, name, job.attempts, error, clock());
    }
  }

  /** Claims what is due for the free slots; returns how long to sleep (ms) before looking again. */
  async function tick(): Promise<number> {
    wakeAt = clock().getTime() + maxSleepMs;
    const free = { timers: timers.cap - timers.running.size, deliveries: 0 };
    const timerJobs = await claimDue(db, name, clock(), free.timers, "timers", staleLockMs);
    for (const job of timerJobs) start(timers, job);
    timers.saturated = timerJobs.length === free.timers;
    deliveries.cap = Math.min(
      deliveries.limit,
      timers.saturated
        ? DELIVERY_SLOTS_WHILE_TIMERS_QUEUE
        : timers.running.size > 0
          ? DELIVERY_SLOTS_WHILE_TIMERS_RUN
          : deliveries.limit,
    );
    free.deliveries = deliveries.cap - deliveries.running.size;
    const deliveryJobs = await claimDue(db, name, clock(), free.deliveries, "deliveries", staleLockMs);
    for (const job of deliveryJobs) start(deliveries, job);
    deliveries.saturated = deliveryJobs.length === free.deliveries;
    const claimed = { timers: timerJobs.length, deliveries: deliveryJobs.length };
    if (Date.now() - refreshedAt >= staleLockMs / 4) {
      refreshedAt = Date.now();
      await refreshLocks(db, name, [...timers.running.keys(), ...deliveries.running.keys()], clock());
    }
    // A saturated lane is woken by its jobs finishing; the others by their next deadline.
    const open = (["timers", "deliveries"] as const).filter((l) => free[l] > 0 && claimed[l] < free[l]);
    if (open.length === 0) return maxSleepMs;
    const next = await nextDueAt(db);
    const now = clock().getTime();
    let sleep = maxSleepMs;
    for (const l of open) {
      const due = next[l];
      // Due but not claimed: another worker is claiming it this very moment; look again shortly.
      if (due) sleep = Math.min(sleep, Math.max(due.getTime() - now, claimed[l] === 0 ? 5 : 0));
    }
    return sleep;
  }

  try {
    while (!signal.aborted) {
      alarm.reset();
      let sleep: number;
      try {
        sleep = await tick();
      } catch (error) {
        log(`worker: cannot reach the queue: ${messageOf(error)}`);
        sleep = maxSleepMs;
      }
      wakeAt = clock().getTime() + sleep;
      await alarm.sleep(sleep);
    }
  } finally {
    await Promise.allSettled([...timers.running.values(), ...deliveries.running.values()]);
    await listener.close();
  }
}

/** Calls the kind's handler with the payload its schema parsed. */
function runHandler(job: ParsedJob, now: Date, options: HandlerOptions): Promise<void> {
  const ctx = systemCtx(now);
  switch (job.kind) {
    case "escalate":
      return HANDLERS.escalate(ctx, job.payload, options);
    case "obligation":
      return HANDLERS.obligation(ctx, job.payload, options);
    case "deliver":
      return HANDLERS.deliver(ctx, job.payload, options);
  }
}

function lane(name: Lane, limit: number): LaneState {
  return { lane: name, limit, cap: limit, saturated: false, running: new Map() };
}
