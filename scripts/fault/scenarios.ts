// The fault scenarios. Each runs on a fresh database with real worker processes (or Bridge as
// `npm start` runs it) and real receivers, and returns what went wrong (nothing, when every
// message reached its receiver and Bridge's records hold each once) with its figures.
import { APP_SCENARIOS } from "./app-scenarios";
import { createDueEscalations, type DueDeadlines } from "./deadlines";
import { effectsAtReceivers } from "./effects";
import { onStage, queueState, settled, sleep, waitFor, workerStarted, type Stage } from "./harness";
import { deadlineProblems, LEASE_SCENARIOS } from "./lease-scenarios";
import { outcomeOf, seconds, type Outcome, type Scenario } from "./scenario";
import { SLOW_WEBHOOK } from "./webhook-scenario";

const EMAILS_PER_PAGE = 2;

/** No second copy is allowed: nothing in these scenarios interrupts a send between receiver and record. */
async function verdict(
  stage: Stage,
  due: DueDeadlines,
  recovery: string,
  notes: string[],
  extra: string[] = [],
): Promise<Outcome> {
  const dueAt = new Map(due.incidentIds.map((id, i) => [id, due.dues[i].getTime()]));
  const effects = await effectsAtReceivers(stage, { incidentIds: due.incidentIds, dueAt, window: null });
  return outcomeOf(effects, recovery, [...extra, ...(await deadlineProblems(stage, due.incidentIds))], notes);
}

/** (b) several workers on one database share the queue without taking a deadline twice. */
const sharedQueue: Scenario = {
  name: "several workers on one database",
  short: false,
  run: ({ short, database }) =>
    onStage(database, async (stage) => {
      const count = short ? 150 : 300;
      const workers = short ? 2 : 3;
      await stage.smtpUp();
      const started = Array.from({ length: workers }, (_, i) => stage.startWorker(`w${i + 1}`));
      await Promise.all(started.map(workerStarted));
      const due = await createDueEscalations(stage.db, count, new Date(Date.now() + 1500), short ? 2000 : 4000);
      await waitFor("every job done", () => settled(stage.db), 180_000);
      const took = Date.now() - due.last.getTime();
      const share = await stage.db.job.groupBy({ by: ["lockedBy"], _count: { _all: true } });
      const notes = [
        `${workers} workers, all done ${seconds(took)} after the last deadline; jobs per worker ${share.map((s) => `${s.lockedBy ?? "none"}=${s._count._all}`).join(" ")}`,
      ];
      return verdict(stage, due, `all done ${seconds(took)} after the last was due`, notes);
    }),
};

// How long SMTP stays down, and how soon after its return every held message must be out.
const SMTP_DOWN_MS = { short: 20_000, full: 180_000 };
const DRAIN_GOAL_MS = 10_000;

/**
 * (c) the SMTP server goes away mid-way for a while (~3 min, 20 s short) and comes back: its
 * breaker holds the deliveries, a probe finds it back, and the backlog drains within seconds, once each.
 */
const smtpOutage: Scenario = {
  name: "SMTP down, then up",
  short: true,
  run: ({ short, database }) =>
    onStage(database, async (stage) => {
      const count = short ? 40 : 150;
      await stage.smtpUp();
      await workerStarted(stage.startWorker("w1"));
      const due = await createDueEscalations(stage.db, count, new Date(Date.now() + 1500), 2000);
      const keys = due.keys;
      const expected = count * EMAILS_PER_PAGE;
      await waitFor("a third of the e-mails", () => stage.mails.length >= expected / 3, 60_000);
      await stage.smtpDown();
      const downAt = Date.now();
      const allFired = async () =>
        (await stage.db.job.count({ where: { key: { in: keys }, status: "DONE" } })) === keys.length;
      await waitFor(
        "every deadline fired and every due job handled while SMTP is down",
        async () => (await allFired()) && (await queueState(stage.db)).dueUnfinished === 0,
        60_000,
      );
      const downMs = short ? SMTP_DOWN_MS.short : SMTP_DOWN_MS.full;
      await sleep(Math.max(0, downMs - (Date.now() - downAt)));
      const failed = await stage.db.delivery.count({ where: { status: "FAILED", lastError: { not: null } } });
      const held = await stage.db.delivery.count({
        where: { channel: "EMAIL", status: { in: ["PENDING", "FAILED"] } },
      });
      const retries = await stage.db.job.count({
        where: { kind: "deliver", status: "PENDING", key: { endsWith: ":1" } },
      });
      const extra = failed === 0 ? ["no delivery failed while SMTP was down: the outage tested nothing"] : [];
      if (retries > failed) extra.push(`${failed} failed deliveries but ${retries} retry deadlines`);
      const attempts = await stage.db.delivery.aggregate({ _sum: { attempts: true } });
      await stage.smtpUp();
      const took = await waitFor("every held delivery sent", () => settled(stage.db), 120_000);
      if (took > DRAIN_GOAL_MS)
        extra.push(`drained ${(took / 1000).toFixed(1)} s after SMTP came back (goal ≤ ${DRAIN_GOAL_MS / 1000} s)`);
      const notes = [
        `SMTP down ${((Date.now() - took - downAt) / 1000).toFixed(0)} s: ${held} e-mails held (${failed} had failed, ${attempts._sum.attempts ?? 0} tries in all)`,
        `drain: ${(took / 1000).toFixed(1)} s after SMTP came back (goal ≤ ${DRAIN_GOAL_MS / 1000} s)`,
      ];
      return verdict(stage, due, `drain ${seconds(took)} after SMTP came back`, notes, extra);
    }),
};

export const SCENARIOS: Scenario[] = [...APP_SCENARIOS, ...LEASE_SCENARIOS, sharedQueue, smtpOutage, SLOW_WEBHOOK];
