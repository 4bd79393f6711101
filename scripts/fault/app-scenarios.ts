// Fault scenarios against Bridge as users run it (`npm start`: web server and worker): the whole
// process tree killed with -9 mid-send and started again, and a burst of declarations over HTTP.
import { generateToken } from "../../lib/server/tokens/secret";
import { appReady, killTree } from "./app-process";
import { createDueEscalations } from "./deadlines";
import { effectsAtReceivers } from "./effects";
import { onStage, settled, sleep, waitFor, type Stage } from "./harness";
import { ANSWER_MS, deadlineProblems, JOB_LEASE_DEFAULT_MS, logOf, RECORD_MS } from "./lease-scenarios";
import { outcomeOf, seconds, type Outcome, type Scenario } from "./scenario";

const EMAILS_PER_PAGE = 2;
/** Once the restarted worker runs, every job the killed tree held is taken over and done within this. */
const RECOVERY_GOAL_MS = 10_000;

/**
 * kill -9 of the whole `npm start` tree mid-send (SMTP answering DATA after 300 ms), then
 * `npm start` again at once, as a service manager restarts a crashed service.
 */
const killWholeApp: Scenario = {
  name: "kill -9 the whole npm start mid-send, slow SMTP",
  short: true,
  app: true,
  run: ({ short, database }) =>
    onStage(
      database,
      async (stage): Promise<Outcome> => {
        await stage.smtpUp();
        const first = stage.startApp("bridge-1");
        await appReady(first);
        const count = short ? 30 : 100;
        const due = await createDueEscalations(stage.db, count, new Date(Date.now() + 1500), short ? 1000 : 3000);
        await waitFor("a third of the e-mails", () => stage.mails.length >= (count * EMAILS_PER_PAGE) / 3, 60_000);
        await killTree(first);
        const killedAt = Date.now();
        const mailsAtKill = stage.mails.length;
        const second = stage.startApp("bridge-2");
        // The queue is watched from the restart on: the web server's readiness is no part of recovery.
        const [took, readyIn] = await Promise.all([
          waitFor("every job done after the restart", () => settled(stage.db), 120_000),
          appReady(second),
        ]);
        const log = logOf(second.output);
        const takeovers = log.filter((l) => l.msg.startsWith("lease takeover"));
        const latest = Math.max(0, ...takeovers.map((l) => l.time - killedAt));
        // Boot time is the machine's and start.ts's; recovery proper runs from the new worker's start.
        const workerUp = (log.find((l) => l.msg === "worker started")?.time ?? killedAt) - killedAt;
        const recovery = took - workerUp;
        const extra: string[] = [];
        if (!takeovers.some((l) => String(l.jobKey).startsWith("deliver:")))
          extra.push("no send was taken over: the kill did not land mid-send");
        // With the new worker up before the leases ran out (≤ 10 s after the last heartbeat before the
        // kill), it takes them over then; 1.5 s is for one claim round and the machine's scheduling.
        // A worker that boots later takes over at once, and the recovery bound below covers it.
        if (workerUp < JOB_LEASE_DEFAULT_MS && latest > JOB_LEASE_DEFAULT_MS + 1500)
          extra.push(
            `a job was taken over ${seconds(latest)} after the kill, its worker up after ${seconds(workerUp)}`,
          );
        if (recovery > RECOVERY_GOAL_MS)
          extra.push(
            `all done ${seconds(recovery)} after the restarted worker started (goal ≤ ${seconds(RECOVERY_GOAL_MS)})`,
          );
        const effects = await effectsAtReceivers(stage, {
          incidentIds: due.incidentIds,
          dueAt: new Map(due.incidentIds.map((id, i) => [id, due.dues[i].getTime()])),
          window: [killedAt - RECORD_MS, killedAt + ANSWER_MS + RECORD_MS],
        });
        const notes = [
          `killed the tree after ${mailsAtKill} e-mails; restarted at once: worker up ${seconds(workerUp)} and serving ${seconds(readyIn)} after the kill; ${takeovers.length} job(s) taken over, the last ${seconds(latest)} after the kill; all done ${seconds(took)} after the restart, ${seconds(recovery)} after its worker started`,
        ];
        return outcomeOf(
          effects,
          `done ${seconds(recovery)} after the restarted worker started (${seconds(took)} after restart)`,
          [...extra, ...(await deadlineProblems(stage, due.incidentIds))],
          notes,
        );
      },
      { smtpAnswerMs: ANSWER_MS },
    ),
};

/** An API token of the seeded commander, made as the admin page makes one (only its hash stored). */
async function commanderToken(stage: Stage): Promise<string> {
  const commander = await stage.db.user.findUniqueOrThrow({ where: { email: "commander@bridge.local" } });
  const secret = generateToken();
  await stage.db.apiToken.create({
    data: {
      name: "fault burst",
      prefix: secret.prefix,
      tokenHash: secret.hash,
      scopes: ["incidents:read", "incidents:write"],
      createdById: commander.id,
    },
  });
  return secret.token;
}

type Declared = { status: number; id: string | null; at: number; ms: number };

/** A burst of SEV1 declarations over HTTP at a fixed rate, each sent on time whatever the earlier ones are doing. */
async function declareBurst(baseUrl: string, token: string, count: number, perSecond: number): Promise<Declared[]> {
  const started = Date.now();
  const calls = Array.from({ length: count }, async (_, i): Promise<Declared> => {
    await sleep(Math.max(0, started + (i * 1000) / perSecond - Date.now()));
    const at = Date.now();
    const response = await fetch(`${baseUrl}/api/v1/incidents`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        title: `Burst declaration ${i + 1}`,
        severity: "SEV1",
        componentSlugs: ["critical-service"],
        impact: "Checkout fails for some customers",
      }),
      signal: AbortSignal.timeout(60_000),
    }).catch(() => null);
    const body = response?.ok ? ((await response.json()) as { id?: string }) : null;
    return { status: response?.status ?? 0, id: body?.id ?? null, at, ms: Date.now() - at };
  });
  return Promise.all(calls);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** 50 SEV1 declarations at ~20/s against the running server: no 5xx, every incident's first e-mail arrives. */
const declarationBurst: Scenario = {
  name: "burst of declarations over HTTP",
  short: false,
  app: true,
  run: ({ short, database }) =>
    onStage(database, async (stage): Promise<Outcome> => {
      await stage.smtpUp();
      const app = stage.startApp("bridge");
      await appReady(app);
      const token = await commanderToken(stage);
      const count = short ? 30 : 50;
      const declared = await declareBurst(app.baseUrl, token, count, 20);
      const lastAt = Math.max(...declared.map((d) => d.at));
      const ok = declared.filter((d): d is Declared & { id: string } => d.status === 201 && d.id !== null);
      const extra: string[] = [];
      const errors5xx = declared.filter((d) => d.status >= 500).length;
      if (errors5xx) extra.push(`${errors5xx} declaration(s) answered 5xx`);
      const other = declared.filter((d) => d.status !== 201 && d.status < 500);
      if (other.length)
        extra.push(`${other.length} declaration(s) refused or unanswered: ${other.map((d) => d.status)}`);
      await waitFor("every declaration's messages out", () => settled(stage.db), 120_000);
      const took = Date.now() - lastAt;
      const dueAt = new Map(ok.map((d) => [d.id, d.at]));
      const firstMail = await firstMailByIncident(stage, [...dueAt.keys()]);
      const missing = ok.filter((d) => !firstMail.has(d.id)).length;
      if (missing) extra.push(`${missing} declaration(s) without a first e-mail at the SMTP server`);
      const latency = ok.map((d) => (firstMail.get(d.id) ?? Infinity) - d.at).sort((a, b) => a - b);
      const http = declared.map((d) => d.ms).sort((a, b) => a - b);
      const effects = await effectsAtReceivers(stage, { incidentIds: [...dueAt.keys()], dueAt, window: null });
      const notes = [
        `${count} declarations at 20/s over ${seconds(lastAt - declared[0].at)}: ${ok.length} × 201, ${errors5xx} × 5xx; HTTP p50 ${http[Math.floor(http.length / 2)]} ms, max ${http[http.length - 1]} ms`,
        `declare → first e-mail at SMTP p50 ${seconds(percentile(latency, 50))}, p99 ${seconds(percentile(latency, 99))}; everything out ${seconds(took)} after the last declaration was sent`,
      ];
      return outcomeOf(
        effects,
        `first e-mail p99 ${seconds(percentile(latency, 99))}; ${errors5xx} × 5xx`,
        [...extra],
        notes,
      );
    }),
};

async function firstMailByIncident(stage: Stage, incidentIds: string[]): Promise<Map<string, number>> {
  const rows = await stage.db.delivery.findMany({
    where: { incidentId: { in: incidentIds }, channel: "EMAIL" },
    select: { idempotencyKey: true, incidentId: true },
  });
  const incidentOf = new Map(rows.map((r) => [r.idempotencyKey, r.incidentId!]));
  const first = new Map<string, number>();
  for (const m of stage.mails) {
    const incident = incidentOf.get(m.key);
    if (incident && m.at < (first.get(incident) ?? Infinity)) first.set(incident, m.at);
  }
  return first;
}

export const APP_SCENARIOS: Scenario[] = [killWholeApp, declarationBurst];
