// The fault scenarios. Each runs on a fresh database with real worker processes and a real SMTP
// server, and returns what went wrong (nothing, when every deadline acted exactly once).
import { createDueEscalations } from "./deadlines";
import { LATER_MS, onStage, queueState, settled, sleep, waitFor, type Stage } from "./harness";
import { LEASE_SCENARIOS } from "./lease-scenarios";
import { checkExactlyOnce, problems } from "./verify";

export type Outcome = { problems: string[]; notes: string[] };
export type Scenario = { name: string; run: (options: { short: boolean; database: string }) => Promise<Outcome> };

// The default policy's second level: oncall-secondary by e-mail, the responder by e-mail and in the app.
const SECONDARY = 2;
const EMAILS_PER_PAGE = 2;

async function verdict(stage: Stage, incidentIds: string[], notes: string[], extra: string[] = []): Promise<Outcome> {
  const check = await checkExactlyOnce(stage.db, incidentIds, SECONDARY, stage.mails, new Date(Date.now() + LATER_MS));
  notes.push(
    `${incidentIds.length} deadlines, ${check.emailsExpected} e-mails expected, ${stage.mails.length} accepted by the SMTP server; jobs ${JSON.stringify(check.jobs)}`,
  );
  return { problems: [...extra, ...problems(check)], notes };
}

/** (b) several workers on one database share the queue without taking a deadline twice. */
const sharedQueue: Scenario = {
  name: "several workers on one database",
  run: ({ short, database }) =>
    onStage(database, async (stage) => {
      const count = short ? 150 : 300;
      const workers = short ? 2 : 3;
      const { incidentIds } = await createDueEscalations(
        stage.db,
        count,
        new Date(Date.now() + 2500),
        short ? 2000 : 4000,
      );
      await stage.smtpUp();
      for (let i = 1; i <= workers; i++) stage.startWorker(`w${i}`);
      const took = await waitFor("every job done", () => settled(stage.db), 90_000);
      const share = await stage.db.job.groupBy({ by: ["lockedBy"], _count: { _all: true } });
      const notes = [
        `${workers} workers finished in ${(took / 1000).toFixed(1)} s; jobs per worker ${share.map((s) => `${s.lockedBy ?? "none"}=${s._count._all}`).join(" ")}`,
      ];
      return verdict(stage, incidentIds, notes);
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
  run: ({ short, database }) =>
    onStage(database, async (stage) => {
      const count = short ? 40 : 150;
      const { incidentIds, keys } = await createDueEscalations(stage.db, count, new Date(Date.now() + 2500), 2000);
      await stage.smtpUp();
      stage.startWorker("w1");
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
      return verdict(stage, incidentIds, notes, extra);
    }),
};

export const SCENARIOS: Scenario[] = [...LEASE_SCENARIOS, sharedQueue, smtpOutage];
