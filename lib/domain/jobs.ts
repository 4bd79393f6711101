// The job contract: every kind of durable deadline the worker runs, with its lane, the key that
// makes scheduling it twice one job, and the zod schema of its payload. Producers build jobs with
// `jobOf`, the worker parses payloads with `parseJob`, and finders use the key prefixes below.
//
// Adding a kind (say "reminder"):
//   1. add an entry to JOB_KINDS: its lane, payload schema and key (unique per deadline: include
//      the id it belongs to and what distinguishes one occurrence from the next);
//   2. add its handler to HANDLERS in lib/server/jobs/handlers/index.ts (a missing one does not compile);
//   3. produce it with `enqueue(tx, [jobOf("reminder", payload, runAt, ...keyArgs)])`;
//   4. extend the unit test beside this file with its key and a payload round trip.
import { z } from "zod";
import { pageKey, type Step } from "./escalation";

/** Deliveries wait on SMTP servers and webhooks; they get their own slots so they never hold up timers. */
export const LANES = ["timers", "deliveries"] as const;
export type Lane = (typeof LANES)[number];

/**
 * The order in which due deliveries are claimed (lower first): a page wakes someone up, a
 * stakeholder notification informs, a webhook feeds another system, and mail to status-page
 * subscribers (thousands per update) comes after the people running the incident have theirs.
 * Stored on the job (`Job.priority`) when it is made; due time breaks ties.
 */
export const DELIVERY_PRIORITY = { page: 0, notification: 1, webhook: 2, subscriber: 3 } as const;
export type DeliveryClass = keyof typeof DELIVERY_PRIORITY;

/** A delivery's class from its row: a page's message in any channel is a page. */
export function deliveryClass(d: {
  pageId?: string | null;
  subscriberId?: string | null;
  channel: string;
}): DeliveryClass {
  if (d.pageId) return "page";
  if (d.subscriberId) return "subscriber";
  return d.channel === "WEBHOOK" ? "webhook" : "notification";
}

/** The job that sends a delivery (attempt 0, a retry's number, or a manual retry's tag), with its class's priority. */
export function deliverJob(
  deliveryId: string,
  cls: DeliveryClass,
  runAt: Date,
  attempt: number | string,
): NewJob<"deliver"> {
  return { ...jobOf("deliver", { deliveryId }, runAt, attempt), priority: DELIVERY_PRIORITY[cls] };
}

/** How many deliveries to one target (the SMTP server; a webhook origin; a push service) run at once by default; BRIDGE_TARGET_CONCURRENCY sets it. */
export const DEFAULT_TARGET_CONCURRENCY = 8;

const escalatePayload = z.object({
  incidentId: z.string().min(1),
  round: z.number().int().min(0),
  position: z.number().int(),
  at: z.iso.datetime().pipe(z.coerce.date()),
});
const obligationPayload = z.object({ obligationId: z.string().min(1) });
const deliverPayload = z.object({ deliveryId: z.string().min(1) });
const sweepPayload = z.object({ at: z.iso.datetime().pipe(z.coerce.date()) });
const snapshotPayload = z.object({ at: z.iso.datetime().pipe(z.coerce.date()) });
const subscriberNoticePayload = z.union([
  z.object({ statusUpdateId: z.string().min(1) }),
  z.object({ maintenanceUpdateId: z.string().min(1) }),
]);
const actionItemDuePayload = z.object({
  actionItemId: z.string().min(1),
  due: z.iso.datetime().pipe(z.coerce.date()),
});
const healthCheckPayload = z.object({
  checkId: z.string().min(1),
  at: z.iso.datetime().pipe(z.coerce.date()),
});
const sloEvaluatePayload = z.object({
  /** One SLO (after its samples arrived), or null: every SLO, the minute's round that also finds missing data. */
  sloId: z.string().min(1).nullable(),
  at: z.iso.datetime().pipe(z.coerce.date()),
});
const rpoWatchPayload = z.object({ at: z.iso.datetime().pipe(z.coerce.date()) });
const updateReminderPayload = z.object({
  incidentId: z.string().min(1),
  due: z.iso.datetime().pipe(z.coerce.date()),
});

/** A kind's contract; `keyArgs` is what, besides the payload, tells one occurrence from another. */
type KindSpec<S extends z.ZodType, A extends unknown[]> = {
  lane: Lane;
  /** Claimed before the lane's other due jobs (timers: an escalation pages someone; the rest inform). */
  urgent?: boolean;
  /** Housekeeping that reschedules itself for ever (sweeps, evaluation rounds, checks): never "all done". */
  recurring?: boolean;
  payload: S;
  key: (payload: z.input<S>, runAt: Date, ...keyArgs: A) => string;
};

function kind<S extends z.ZodType, A extends unknown[]>(spec: KindSpec<S, A>): KindSpec<S, A> {
  return spec;
}

/** Keys of a delivery's send jobs: attempt 0, each automatic retry's attempt number, or a manual retry's tag. */
export const deliverKeyPrefix = (deliveryId: string) => `deliver:${deliveryId}:`;
export const obligationKeyPrefix = (obligationId: string) => `obligation:${obligationId}:`;
/** An incident's escalation deadlines; each is also the key of the page it sends. */
export const escalationKeyPrefix = (incidentId: string) => `page:${incidentId}:`;

export const JOB_KINDS = {
  /** One escalation level's deadline: page it unless acknowledged, then schedule the next. */
  escalate: kind({ lane: "timers", urgent: true, payload: escalatePayload, key: (p) => pageKey(p.incidentId, p) }),
  /** A matrix obligation falls due; keyed by its due time, so a re-planned obligation gets a new deadline. */
  obligation: kind({
    lane: "timers",
    payload: obligationPayload,
    key: (p, runAt) => `${obligationKeyPrefix(p.obligationId)}${runAt.toISOString()}`,
  }),
  /** Sends one delivery. */
  deliver: kind({
    lane: "deliveries",
    payload: deliverPayload,
    key: (p, _runAt, attempt: number | string) => `${deliverKeyPrefix(p.deliveryId)}${attempt}`,
  }),
  /** Deletes jobs finished longer ago than the retention period, then schedules the next sweep; one per hour. */
  sweep: kind({
    lane: "timers",
    recurring: true,
    payload: sweepPayload,
    key: (p) => `${SWEEP_KEY_PREFIX}${p.at}`,
  }),
  /**
   * Writes the static status page (HTML, JSON, feeds) after a publish. Keyed by the publish time,
   * so publishes in the same millisecond share one write; the writer reads the latest state anyway.
   */
  "status-snapshot": kind({ lane: "timers", payload: snapshotPayload, key: (p) => `status-snapshot:${p.at}` }),
  /**
   * Mails a published update (incident or maintenance) to every confirmed subscriber it concerns.
   * Keyed by the update, so publishing the same update twice mails each subscriber once.
   */
  "notify-subscribers": kind({
    lane: "timers",
    payload: subscriberNoticePayload,
    key: (p) =>
      "statusUpdateId" in p
        ? `subscribers:update:${p.statusUpdateId}`
        : `subscribers:maintenance:${p.maintenanceUpdateId}`,
  }),
  /** The commander's promised next update is due: remind them unless an update was published since. */
  "update-reminder": kind({
    lane: "timers",
    payload: updateReminderPayload,
    key: (p) => `${updateReminderKeyPrefix(p.incidentId)}${p.due}`,
  }),
  /**
   * An action item's due date has come: its owner is told it is overdue unless it is closed or its
   * due date moved (a new due date is a new job). Keyed by the item and the due date, so a reminder is sent once.
   */
  "action-item-due": kind({
    lane: "timers",
    payload: actionItemDuePayload,
    key: (p) => `${actionItemDueKeyPrefix(p.actionItemId)}${p.due}`,
  }),

  /**
   * One run of a health check: request its URL, record the samples, schedule the next run
   * `intervalSeconds` later. Keyed by the check and the run's time, so a run happens once.
   */
  "health-check": kind({
    lane: "timers",
    recurring: true,
    payload: healthCheckPayload,
    key: (p) => `${healthCheckKeyPrefix(p.checkId)}${p.at}`,
  }),
  /**
   * Evaluates alert rules (burn rates, missing data): of one SLO soon after its samples arrived,
   * or of every SLO once a minute. Keyed by SLO and time, so a burst of samples makes one evaluation.
   */
  "slo-evaluate": kind({
    lane: "timers",
    recurring: true,
    payload: sloEvaluatePayload,
    key: (p) => `slo-evaluate:${p.sloId ?? "all"}:${p.at}`,
  }),
  /**
   * Checks every data asset's RPO state and announces each new breach once (through the delivery
   * pipeline), then schedules the next check RPO_WATCH_INTERVAL_MS later. Keyed by its time.
   */
  "rpo-watch": kind({
    lane: "timers",
    recurring: true,
    payload: rpoWatchPayload,
    key: (p) => `rpo-watch:${p.at}`,
  }),
  /**
   * The demo's own traffic, once a minute, only where BRIDGE_DEMO_FEED is on (`npm start` on the
   * embedded database): SLI samples, backup verifications and replication lag reported through the
   * statements real senders use, so a demo left running stays alive instead of going grey and red.
   */
  "demo-feed": kind({
    lane: "timers",
    recurring: true,
    payload: rpoWatchPayload,
    key: (p) => `demo-feed:${p.at}`,
  }),
};

/** Evaluations after samples arrive are rounded up to this step, so a stream of samples makes one evaluation per step. */
export const SLO_EVALUATE_STEP_MS = 10_000;

/** The evaluation of one SLO's rules (or every SLO's, sloId null) at the first step boundary at or after `now`. */
export function sloEvaluateJob(sloId: string | null, now: Date): NewJob<"slo-evaluate"> {
  const at = new Date(Math.ceil(now.getTime() / SLO_EVALUATE_STEP_MS) * SLO_EVALUATE_STEP_MS);
  return jobOf("slo-evaluate", { sloId, at: at.toISOString() }, at);
}

/** The every-SLO round runs once a minute: it finds missing data and lets rules stop firing without new samples. */
export const SLO_ROUND_INTERVAL_MS = 60_000;

/** The first whole minute after `now`, when the next every-SLO round is due. */
export function nextSloRoundAt(now: Date): Date {
  return new Date((Math.floor(now.getTime() / SLO_ROUND_INTERVAL_MS) + 1) * SLO_ROUND_INTERVAL_MS);
}

/** A health check's run due at `at`; keyed by the check and the time, so scheduling it twice is one run. */
export function healthCheckJob(checkId: string, at: Date): NewJob<"health-check"> {
  return jobOf("health-check", { checkId, at: at.toISOString() }, at);
}

/** How often every data asset's RPO state is checked for a breach to announce. */
export const RPO_WATCH_INTERVAL_MS = 5 * 60_000;

/** The RPO watch due at `at`; keyed by the time, so every worker scheduling it makes one job. */
export function rpoWatchJob(at: Date): NewJob<"rpo-watch"> {
  return jobOf("rpo-watch", { at: at.toISOString() }, at);
}

/** The next RPO watch after `now`, on a whole multiple of the interval so workers agree on it. */
export function nextRpoWatchAt(now: Date): Date {
  return new Date((Math.floor(now.getTime() / RPO_WATCH_INTERVAL_MS) + 1) * RPO_WATCH_INTERVAL_MS);
}

/** The demo feed due at the first whole minute after `now`; keyed by its time, so workers make one. */
export function demoFeedJob(now: Date): NewJob<"demo-feed"> {
  const at = nextSloRoundAt(now);
  return jobOf("demo-feed", { at: at.toISOString() }, at);
}

export const healthCheckKeyPrefix = (checkId: string) => `health-check:${checkId}:`;
export const actionItemDueKeyPrefix = (actionItemId: string) => `action-item-due:${actionItemId}:`;
export const updateReminderKeyPrefix = (incidentId: string) => `update-reminder:${incidentId}:`;

export const SWEEP_KEY_PREFIX = "sweep:";
export const SWEEP_INTERVAL_MS = 60 * 60_000;

/** The sweep due at `at`; every worker schedules the next full hour's, and its key makes that one job. */
export function sweepJob(at: Date): NewJob<"sweep"> {
  return jobOf("sweep", { at: at.toISOString() }, at);
}

/** The first full hour after `now`, when the next sweep is due. */
export function nextSweepAt(now: Date): Date {
  return new Date((Math.floor(now.getTime() / SWEEP_INTERVAL_MS) + 1) * SWEEP_INTERVAL_MS);
}

export type JobKind = keyof typeof JOB_KINDS;
type Spec<K extends JobKind> = (typeof JOB_KINDS)[K];
export type JobPayloadInput<K extends JobKind> = z.input<Spec<K>["payload"]>;
/** What a handler receives: the payload as its schema parsed it. */
export type JobPayload<K extends JobKind> = z.output<Spec<K>["payload"]>;
type KeyArgs<K extends JobKind> = Spec<K>["key"] extends (p: never, runAt: Date, ...rest: infer A) => string
  ? A
  : never;

/** `priority`: deliveries only (see DELIVERY_PRIORITY); a delivery job made without one is claimed as a notification. */
export type NewJob<K extends JobKind = JobKind> = {
  kind: K;
  key: string;
  runAt: Date;
  payload: JobPayloadInput<K>;
  priority?: number;
};

export function isJobKind(value: string): value is JobKind {
  return Object.hasOwn(JOB_KINDS, value);
}

/** A job ready for `enqueue`, keyed by its kind's rule. */
export function jobOf<K extends JobKind>(
  kind: K,
  payload: JobPayloadInput<K>,
  runAt: Date,
  ...keyArgs: KeyArgs<K>
): NewJob<K> {
  const key = (JOB_KINDS[kind].key as (p: unknown, runAt: Date, ...rest: unknown[]) => string)(
    payload,
    runAt,
    ...keyArgs,
  );
  return { kind, key, runAt, payload };
}

/** The deadline of one escalation step of an incident. */
export function escalateJob(incidentId: string, step: Step): NewJob<"escalate"> {
  return jobOf(
    "escalate",
    { incidentId, round: step.round, position: step.position, at: step.at.toISOString() },
    step.at,
  );
}

/** The kinds that run in a lane, for the claim statement. */
export function kindsOfLane(lane: Lane): JobKind[] {
  return (Object.keys(JOB_KINDS) as JobKind[]).filter((k) => JOB_KINDS[k].lane === lane);
}

/** The kinds that reschedule themselves for ever: a queue is settled when only these are left. */
export function recurringKinds(): JobKind[] {
  return (Object.keys(JOB_KINDS) as JobKind[]).filter(
    (k) => (JOB_KINDS[k] as { recurring?: boolean }).recurring === true,
  );
}

/** The kinds claimed before the others of their lane. */
export function urgentKinds(): JobKind[] {
  return (Object.keys(JOB_KINDS) as JobKind[]).filter((k) => (JOB_KINDS[k] as { urgent?: boolean }).urgent === true);
}

export type ParsedJob = { [K in JobKind]: { kind: K; payload: JobPayload<K> } }[JobKind];

/** A stored job's kind and payload checked against the contract; throws an error naming what is wrong. */
export function parseJob(kind: string, payload: unknown): ParsedJob {
  if (!isJobKind(kind)) throw new Error(`Unknown job kind "${kind}"`);
  const parsed = JOB_KINDS[kind].payload.safeParse(payload);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`).join("; ");
    throw new Error(`Malformed ${kind} job payload (${fields})`);
  }
  return { kind, payload: parsed.data } as ParsedJob;
}

/** Key prefixes of every job that belongs to an incident: its escalations, obligations and deliveries. */
export function incidentJobKeyPrefixes(
  incidentId: string,
  obligationIds: string[] = [],
  deliveryIds: string[] = [],
): string[] {
  return [
    escalationKeyPrefix(incidentId),
    ...obligationIds.map(obligationKeyPrefix),
    ...deliveryIds.map(deliverKeyPrefix),
  ];
}
