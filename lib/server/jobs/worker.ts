import "server-only";
import { hostname } from "node:os";
import type { Db } from "@/lib/db/create-client";
import { demoFeedJob, nextSweepAt, parseJob, sweepJob, type ParsedJob } from "@/lib/domain/jobs";
import { systemCtx } from "../context";
import { env } from "../env";
import { logger, type Logger } from "../log";
import { claimDue, failJob, nextDueAt, refreshLocks, rescheduleJob, type ClaimedJob, type Lane } from "./claim";
import { HANDLERS, type HandlerOptions } from "./handlers";
import { listenForJobs } from "./listen";
import { RetryLater } from "./retry-later";
import { createAlarm } from "./alarm";
import { batchCompletions } from "./completions";
import { enqueue } from "./enqueue";
import { messageOf } from "./message-of";
import { persist } from "./persist";
import { scheduleSloWork } from "../slo/schedule";

export type WorkerOptions = {
  db: Db;
  url: string;
  signal: AbortSignal;
  name?: string;
  /** Escalation and obligation jobs run at once, at most. */
  batch?: number;
  /** Deliveries (SMTP, webhooks) run at once, at most; separate so a slow server never delays a timer. */
  deliveryConcurrency?: number;
  /** Deliveries to one target (the SMTP server, a webhook origin) at once, at most (default BRIDGE_TARGET_CONCURRENCY). */
  targetConcurrency?: number;
  maxSleepMs?: number;
  log?: Logger;
  /** The worker's notion of now; tests move it forward to reach deadlines minutes away. */
  clock?: () => Date;
  /** The lease on a running job (default BRIDGE_JOB_LEASE_MS); renewed every quarter of it while the job runs. */
  staleLockMs?: number;
};

/**
 * `cap` is the lane's current share: its limit, or less while it must give way. `saturated`: the
 * last claim filled every free slot, so more may be due, and each finishing job calls for a claim.
 */
type LaneState = {
  lane: Lane;
  limit: number;
  cap: number;
  saturated: boolean;
  running: Map<string, Promise<void>>;
  /** Running webhooks: they wait on another system's answer, using no CPU, so the cap leaves them out. */
  waiting: Set<string>;
};

// The CPU goes to deadlines first: while timers run, deliveries get a few slots, and a single one
// while due timers queue for a slot; they catch up the moment no timer is running. Pages are
// exempt: an escalation's page may take any free delivery slot. Webhooks in
// flight do not count against these shares (they are bounded per target instead), so a slow
// webhook never takes the slot a page e-mail needs.
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
  const log = (options.log ?? logger).child({ worker: name });
  const staleLockMs = options.staleLockMs ?? env.BRIDGE_JOB_LEASE_MS;
  const maxSleepMs = Math.min(options.maxSleepMs ?? 1000, Math.floor(staleLockMs / 4));
  const timers = lane("timers", options.batch ?? 16);
  const deliveries = lane("deliveries", options.deliveryConcurrency ?? 16);
  const perTarget = options.targetConcurrency ?? env.BRIDGE_TARGET_CONCURRENCY;
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
  // While the queue is unreachable: since when. Back from an outage, other workers' leases look
  // stale only because they could not renew them either; take none over until they have had a lease's time.
  let downSince: number | null = null;
  let takeOverFrom = 0;
  let sweepScheduled = false;
  const complete = batchCompletions(db, name, clock);

  function start(state: LaneState, job: ClaimedJob): void {
    const jobLog = log.child({ jobKey: job.key, kind: job.kind });
    if (job.takenOverFrom)
      jobLog.warn(
        { from: job.takenOverFrom, attempt: job.attempts },
        "lease takeover: the job's worker stopped renewing its lease",
      );
    const run = execute(job, jobLog)
      .catch((error: unknown) => jobLog.error({ err: messageOf(error) }, "could not record the job's outcome"))
      .finally(() => {
        state.running.delete(job.id);
        state.waiting.delete(job.id);
        // A saturated timer lane claims again once half its slots are free: one claim per few
        // deadlines instead of one per deadline (a NOTIFY of an earlier one still wakes it at once).
        const refill = state !== timers || state.running.size <= state.limit / 2;
        if ((state.saturated && refill) || (state === timers && state.running.size === 0)) alarm.poke();
      });
    state.running.set(job.id, run);
    if (job.webhook) state.waiting.add(job.id);
  }

  async function execute(job: ClaimedJob, jobLog: Logger): Promise<void> {
    // The outcome is kept trying while the database is away; the job stays ours (heartbeat) meanwhile.
    const record = (what: string, write: () => Promise<void>) => persist(`${what} ${job.key}`, write, jobLog, signal);
    let parsed: ParsedJob;
    try {
      parsed = parseJob(job.kind, job.payload);
    } catch (error) {
      // No retry makes a malformed job well-formed: it fails now, with the reason, for the timer audit.
      jobLog.error({ err: messageOf(error) }, "job refused");
      return record("fail", () => failJob(db, job.id, name, null, error, clock()));
    }
    let outcome: unknown = null;
    try {
      await runHandler(parsed, clock(), { db, staleLockMs, log: jobLog });
    } catch (error) {
      outcome = error;
    }
    if (outcome === null) return record("complete", () => complete(job.id));
    const error = outcome;
    if (error instanceof RetryLater) return record("reschedule", () => rescheduleJob(db, job.id, name, error.at));
    jobLog.warn({ attempt: job.attempts, err: messageOf(error) }, "job failed");
    await record("fail", () => failJob(db, job.id, name, job.attempts, error, clock()));
  }

  /** Claims what is due for the free slots; returns how long to sleep (ms) before looking again. */
  async function tick(): Promise<number> {
    wakeAt = clock().getTime() + maxSleepMs;
    // Each worker schedules the next hour's retention sweep once; its key makes it one job for all.
    if (!sweepScheduled) {
      await enqueue(db, [sweepJob(nextSweepAt(clock()))]);
      // Likewise the per-minute SLO round and the health checks' next runs.
      await scheduleSloWork(db, clock());
      if (env.BRIDGE_DEMO_FEED === "1") await enqueue(db, [demoFeedJob(clock())]);
      sweepScheduled = true;
    }
    // The heartbeat goes first: back from an outage, our own leases are renewed before anyone's are taken over.
    if (Date.now() - refreshedAt >= staleLockMs / 4) {
      await refreshLocks(db, name, [...timers.running.keys(), ...deliveries.running.keys()], clock(), staleLockMs);
      refreshedAt = Date.now();
    }
    const takeOver = Date.now() >= takeOverFrom;
    const free = { timers: timers.cap - timers.running.size, deliveries: 0 };
    const timerJobs = await claimDue(db, name, clock(), free.timers, "timers", staleLockMs, takeOver);
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
    // The shares hold for every delivery but a page: a page is what an escalation timer is for, so
    // it may take any free slot of the lane.
    const freeSlots = deliveries.limit - deliveries.running.size;
    free.deliveries = Math.min(deliveries.cap - (deliveries.running.size - deliveries.waiting.size), freeSlots);
    const deliveryJobs = await claimDue(
      db,
      name,
      clock(),
      freeSlots,
      "deliveries",
      staleLockMs,
      takeOver,
      perTarget,
      Math.max(free.deliveries, 0),
    );
    for (const job of deliveryJobs) start(deliveries, job);
    deliveries.saturated = deliveryJobs.length >= free.deliveries;
    const claimed = { timers: timerJobs.length, deliveries: deliveryJobs.length };
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
    // Wake when a lease runs out, so a dead worker's job is taken over then, not up to a poll later.
    if (takeOver && next.oldestLease)
      sleep = Math.min(sleep, Math.max(next.oldestLease.getTime() + staleLockMs - now + 1, 5));
    return sleep;
  }

  try {
    while (!signal.aborted) {
      alarm.reset();
      let sleep: number;
      try {
        sleep = await tick();
        if (downSince !== null) {
          log.info({ downMs: Date.now() - downSince }, "queue reachable again");
          downSince = null;
        }
      } catch (error) {
        if (downSince === null) {
          downSince = Date.now();
          log.error({ err: messageOf(error) }, "queue unreachable; retrying every second");
        }
        takeOverFrom = Date.now() + staleLockMs;
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
    case "sweep":
      return HANDLERS.sweep(ctx, job.payload, options);
    case "status-snapshot":
      return HANDLERS["status-snapshot"](ctx, job.payload, options);
    case "notify-subscribers":
      return HANDLERS["notify-subscribers"](ctx, job.payload, options);
    case "update-reminder":
      return HANDLERS["update-reminder"](ctx, job.payload, options);
    case "action-item-due":
      return HANDLERS["action-item-due"](ctx, job.payload, options);
    case "health-check":
      return HANDLERS["health-check"](ctx, job.payload, options);
    case "slo-evaluate":
      return HANDLERS["slo-evaluate"](ctx, job.payload, options);
    case "rpo-watch":
      return HANDLERS["rpo-watch"](ctx, job.payload, options);
    case "demo-feed":
      return HANDLERS["demo-feed"](ctx, job.payload, options);
  }
}

function lane(name: Lane, limit: number): LaneState {
  return { lane: name, limit, cap: limit, saturated: false, running: new Map(), waiting: new Set() };
}
