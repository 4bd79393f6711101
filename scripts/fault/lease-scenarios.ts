// Fault scenarios with the settings users run (the default 10 s lease, nothing shortened) and a
// slow SMTP server, so that faults land mid-send: a worker killed with -9, and the database cut
// away from a worker through a TCP proxy. Both count e-mails at the receiver.
import { parseEnv } from "../../lib/config/env";
import { createDueEscalations } from "./deadlines";
import { onStage, settled, sleep, waitFor, type Stage, type WorkerProcess } from "./harness";
import type { Outcome, Scenario } from "./scenarios";
import { checkExactlyOnce, problems } from "./verify";

const JOB_LEASE_DEFAULT_MS = parseEnv({}).BRIDGE_JOB_LEASE_MS;
const SECONDARY = 2;
const EMAILS_PER_PAGE = 2;
/** The slow receiver's answer to DATA, as seen in the field. */
const ANSWER_MS = 300;
/** How long after the receiver has a message its outcome is surely recorded (one database write, with room). */
const RECORD_MS = 1000;

type LogLine = { msg: string; time: number; [field: string]: unknown };

/** The worker's structured log lines (pino JSON on stdout). */
function logOf(worker: WorkerProcess): LogLine[] {
  return worker.output.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as LogLine);
}

/**
 * Every deadline acted once in Bridge's records and every e-mail reached the receiver; a copy
 * received twice is allowed only if Bridge counted it (possibleDuplicates) and its first copy was
 * taken in inside `window` (ms since epoch) — else it is a problem.
 */
async function countAtReceiver(
  stage: Stage,
  incidentIds: string[],
  window: [number, number] | null,
): Promise<{ problems: string[]; notes: string[] }> {
  const check = await checkExactlyOnce(
    stage.db,
    incidentIds,
    SECONDARY,
    stage.mails,
    new Date(Date.now() + 10 * 60_000),
  );
  const out = problems(check).filter((p) => !p.includes("accepted more than once"));
  const copies = new Map<string, number[]>();
  for (const m of stage.mails) copies.set(m.key, [...(copies.get(m.key) ?? []), m.at]);
  const twice = [...copies.entries()].filter(([, at]) => at.length > 1);
  const counted = await stage.db.delivery.findMany({
    where: { incidentId: { in: incidentIds }, possibleDuplicates: { gt: 0 } },
    select: { idempotencyKey: true, possibleDuplicates: true },
  });
  const countedByKey = new Map(counted.map((d) => [d.idempotencyKey, d.possibleDuplicates]));
  for (const [key, at] of twice) {
    if ((countedByKey.get(key) ?? 0) < at.length - 1)
      out.push(`${key} received ${at.length} times but counted as ${countedByKey.get(key) ?? 0} possible duplicate(s)`);
    if (!window) out.push(`${key} received ${at.length} times`);
    else if (at[0] < window[0] || at[0] > window[1])
      out.push(`${key} received twice, first ${at[0] - window[0]} ms into a window of ${window[1] - window[0]} ms`);
  }
  const extra = twice.reduce((n, [, at]) => n + at.length - 1, 0);
  const notes = [
    `expected=${check.emailsExpected} delivered=${check.emailsExpected - check.emailsMissing} lost=${check.emailsMissing} duplicated_in_records=${check.duplicateDeliveries + check.duplicatePages} received_twice=${twice.length} (extra copies ${extra}, counted by Bridge ${counted.reduce((n, d) => n + d.possibleDuplicates, 0)})`,
  ];
  return { problems: out, notes };
}

/** Due escalations that fall due from 2.5 s on, a worker sending them; resolves once a third of their e-mails arrived. */
async function sendingMidway(stage: Stage, count: number, short: boolean) {
  const { incidentIds } = await createDueEscalations(stage.db, count, new Date(Date.now() + 2500), short ? 1000 : 3000);
  await stage.smtpUp();
  const worker = stage.startWorker("w1");
  await waitFor("a third of the e-mails", () => stage.mails.length >= (count * EMAILS_PER_PAGE) / 3, 60_000);
  return { incidentIds, worker };
}

/** kill -9 mid-send: the lease runs out ≤ 10 s after the kill, a second worker takes over, nothing is lost. */
const killMidSend: Scenario = {
  name: "kill -9 a worker mid-send, default lease, slow SMTP",
  run: ({ short, database }) =>
    onStage(
      database,
      async (stage): Promise<Outcome> => {
        const count = short ? 30 : 100;
        const { incidentIds, worker: first } = await sendingMidway(stage, count, short);
        first.child.kill("SIGKILL");
        const killedAt = Date.now();
        await first.exited;
        const second = stage.startWorker("w2");
        const took = await waitFor("every job done after the kill", () => settled(stage.db), 120_000);
        const takeovers = logOf(second).filter((l) => l.msg.startsWith("lease takeover"));
        const latest = Math.max(...takeovers.map((l) => l.time - killedAt));
        const extra: string[] = [];
        if (!takeovers.some((l) => String(l.jobKey).startsWith("deliver:")))
          extra.push("no send was taken over: the kill did not land mid-send");
        // The lease ends ≤ 10 s after the last heartbeat before the kill; 500 ms is for the machine's scheduling.
        if (latest > JOB_LEASE_DEFAULT_MS + 500) extra.push(`a job was taken over ${latest} ms after the kill`);
        const counted = await countAtReceiver(stage, incidentIds, [
          killedAt - RECORD_MS,
          killedAt + ANSWER_MS + RECORD_MS,
        ]);
        const notes = [
          `killed w1; w2 took over ${takeovers.length} job(s), the last ${(latest / 1000).toFixed(1)} s after the kill; all done ${(took / 1000).toFixed(1)} s after it`,
          ...counted.notes,
        ];
        return { problems: [...extra, ...counted.problems], notes };
      },
      { smtpAnswerMs: ANSWER_MS },
    ),
};

/** The database goes away mid-send: sent e-mails are recorded once it is back, none is sent twice. */
const databaseOutage: Scenario = {
  name: "database outage mid-send, default lease, slow SMTP",
  run: ({ short, database }) =>
    onStage(
      database,
      async (stage): Promise<Outcome> => {
        const proxy = stage.proxy;
        if (!proxy) throw new Error("the stage has no database proxy");
        const count = short ? 40 : 120;
        const outageMs = short ? 5000 : 30_000;
        const { incidentIds, worker } = await sendingMidway(stage, count, short);
        await proxy.down();
        await sleep(outageMs);
        await proxy.up();
        const took = await waitFor("every job done after the outage", () => settled(stage.db), 120_000);
        const log = logOf(worker);
        const held = log.filter(
          (l) => l.msg.startsWith("cannot record yet") && String(l.what).startsWith("sent delivery"),
        ).length;
        const down = log.filter((l) => l.msg.startsWith("queue unreachable")).length;
        const back = log.filter((l) => l.msg.startsWith("queue reachable again")).length;
        const extra: string[] = [];
        if (held === 0) extra.push("no sent e-mail waited for the database: the outage did not land mid-send");
        if (down !== 1 || back !== 1)
          extra.push(`${down} "queue unreachable" and ${back} "reachable again" log lines for one outage`);
        const counted = await countAtReceiver(stage, incidentIds, null);
        const notes = [
          `database away ${outageMs / 1000} s; ${held} sent e-mail(s) held their lease until recorded; all done ${(took / 1000).toFixed(1)} s after it came back`,
          ...counted.notes,
        ];
        return { problems: [...extra, ...counted.problems], notes };
      },
      { smtpAnswerMs: ANSWER_MS, dbProxy: true },
    ),
};

export const LEASE_SCENARIOS: Scenario[] = [killMidSend, databaseOutage];
