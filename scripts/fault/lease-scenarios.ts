// Fault scenarios with the settings users run (the default 10 s lease, nothing shortened) and a
// slow SMTP server, so that faults land mid-send: a worker killed with -9, and the database cut
// away from a worker (refused) or stalled (sockets open, nothing answers) through a TCP proxy.
// All count e-mails at the receiver.
import { parseEnv } from "../../lib/config/env";
import { createDueEscalations } from "./deadlines";
import { effectsAtReceivers } from "./effects";
import { onStage, settled, sleep, waitFor, workerStarted, type Stage } from "./harness";
import { outcomeOf, seconds, type Outcome, type Scenario } from "./scenario";
import { checkExactlyOnce, problems } from "./verify";

export const JOB_LEASE_DEFAULT_MS = parseEnv({}).BRIDGE_JOB_LEASE_MS;
const SECONDARY = 2;
const EMAILS_PER_PAGE = 2;
/** The slow receiver's answer to DATA, as seen in the field. */
export const ANSWER_MS = 300;
/** How long after the receiver has a message its outcome is surely recorded (one database write, with room). */
export const RECORD_MS = 1000;

type LogLine = { msg: string; time: number; [field: string]: unknown };

/** A process's structured log lines (pino JSON on stdout). */
export function logOf(output: string[]): LogLine[] {
  return output
    .filter((l) => l.startsWith("{"))
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as LogLine];
      } catch {
        return [];
      }
    });
}

/** The deadlines' own checks (one page and one next level each, every job done), receivers aside. */
export async function deadlineProblems(stage: Stage, incidentIds: string[]): Promise<string[]> {
  const check = await checkExactlyOnce(
    stage.db,
    incidentIds,
    SECONDARY,
    stage.mails,
    new Date(Date.now() + 10 * 60_000),
  );
  return problems(check, { receiver: false });
}

/** A worker, then due escalations that fall due from 1.5 s on; resolves once a third of their e-mails arrived. */
async function sendingMidway(stage: Stage, count: number, short: boolean) {
  await stage.smtpUp();
  const worker = stage.startWorker("w1");
  await workerStarted(worker);
  const due = await createDueEscalations(stage.db, count, new Date(Date.now() + 1500), short ? 1000 : 3000);
  await waitFor("a third of the e-mails", () => stage.mails.length >= (count * EMAILS_PER_PAGE) / 3, 60_000);
  const dueAt = new Map(due.incidentIds.map((id, i) => [id, due.dues[i].getTime()]));
  return { incidentIds: due.incidentIds, dueAt, worker };
}

/** kill -9 mid-send: the lease runs out ≤ 10 s after the kill, a second worker takes over, nothing is lost. */
const killMidSend: Scenario = {
  name: "kill -9 a worker mid-send, slow SMTP",
  short: false,
  run: ({ short, database }) =>
    onStage(
      database,
      async (stage): Promise<Outcome> => {
        const count = short ? 30 : 100;
        const { incidentIds, dueAt, worker: first } = await sendingMidway(stage, count, short);
        first.child.kill("SIGKILL");
        const killedAt = Date.now();
        await first.exited;
        const second = stage.startWorker("w2");
        const took = await waitFor("every job done after the kill", () => settled(stage.db), 120_000);
        const log = logOf(second.output);
        const takeovers = log.filter((l) => l.msg.startsWith("lease takeover"));
        const latest = Math.max(...takeovers.map((l) => l.time - killedAt));
        const secondUp = (log.find((l) => l.msg === "worker started")?.time ?? killedAt) - killedAt;
        const extra: string[] = [];
        if (!takeovers.some((l) => String(l.jobKey).startsWith("deliver:")))
          extra.push("no send was taken over: the kill did not land mid-send");
        // The lease ends ≤ 10 s after the last heartbeat before the kill; 500 ms is for the machine's
        // scheduling. A second worker that took longer than a lease to boot takes over once it runs.
        if (secondUp < JOB_LEASE_DEFAULT_MS && latest > JOB_LEASE_DEFAULT_MS + 500)
          extra.push(`a job was taken over ${seconds(latest)} after the kill (w2 up after ${seconds(secondUp)})`);
        const effects = await effectsAtReceivers(stage, {
          incidentIds,
          dueAt,
          window: [killedAt - RECORD_MS, killedAt + ANSWER_MS + RECORD_MS],
        });
        const notes = [
          `killed w1; w2 up ${seconds(secondUp)} after the kill, took over ${takeovers.length} job(s), the last ${seconds(latest)} after the kill; all done ${seconds(took)} after it`,
        ];
        return outcomeOf(
          effects,
          `done ${seconds(took)} after the kill`,
          [...extra, ...(await deadlineProblems(stage, incidentIds))],
          notes,
        );
      },
      { smtpAnswerMs: ANSWER_MS },
    ),
};

type DatabaseFault = "outage" | "stall";

/**
 * The worker's database goes away mid-send — refused (`outage`) or silent (`stall`) — for 30 s
 * (short: 5 s refused, 12 s stalled), then comes back: sent e-mails are recorded once it is
 * back, none is sent twice.
 */
function databaseFault(fault: DatabaseFault): Scenario {
  return {
    name: fault === "outage" ? "database outage mid-send, slow SMTP" : "database stall mid-send, slow SMTP",
    short: true,
    run: ({ short, database }) =>
      onStage(
        database,
        async (stage): Promise<Outcome> => {
          const proxy = stage.proxy;
          if (!proxy) throw new Error("the stage has no database proxy");
          const count = short ? 40 : 120;
          // A short stall still outlasts a lease, so leases run out while nobody can renew them.
          const faultMs = short ? (fault === "outage" ? 5000 : 12_000) : 30_000;
          const { incidentIds, dueAt, worker } = await sendingMidway(stage, count, short);
          const before = stage.mails.length;
          if (fault === "outage") await proxy.down();
          else proxy.stall();
          await sleep(faultMs);
          const during = stage.mails.length - before;
          await proxy.up();
          const took = await waitFor(`every job done after the ${fault}`, () => settled(stage.db), 120_000);
          const log = logOf(worker.output);
          const held = log.filter(
            (l) => l.msg.startsWith("cannot record yet") && String(l.what).startsWith("sent delivery"),
          ).length;
          const down = log.filter((l) => l.msg.startsWith("queue unreachable")).length;
          const back = log.filter((l) => l.msg.startsWith("queue reachable again")).length;
          const extra: string[] = [];
          // With a 300 ms SMTP answer, sends under way when the database went away finish during it.
          if (during === 0) extra.push(`no e-mail was taken in during the ${fault}: it did not land mid-send`);
          if (fault === "outage" && held === 0)
            extra.push("no sent e-mail waited for the database: the outage did not land mid-send");
          if (down > 1 || back > 1 || down !== back)
            extra.push(`${down} "queue unreachable" and ${back} "reachable again" log lines for one ${fault}`);
          if (fault === "outage" && down !== 1) extra.push(`no "queue unreachable" log line for the outage`);
          const effects = await effectsAtReceivers(stage, { incidentIds, dueAt, window: null });
          const notes = [
            `database ${fault === "outage" ? "away" : "stalled"} ${seconds(faultMs)}; ${during} e-mail(s) taken in meanwhile; ${held} sent e-mail(s) held their lease until recorded; ${down} outage log line(s); all done ${seconds(took)} after it came back`,
          ];
          return outcomeOf(
            effects,
            `done ${seconds(took)} after the database came back`,
            [...extra, ...(await deadlineProblems(stage, incidentIds))],
            notes,
          );
        },
        { smtpAnswerMs: ANSWER_MS, dbProxy: true },
      ),
  };
}

export const LEASE_SCENARIOS: Scenario[] = [killMidSend, databaseFault("outage"), databaseFault("stall")];
