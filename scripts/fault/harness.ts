// The stage a fault scenario plays on: a fresh database, a real SMTP server on its own port, and
// worker processes started the way `npm run worker` starts one (or Bridge started the way
// `npm start` starts it), which the scenario may kill.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { recurringKinds } from "../../lib/domain/jobs";
import { startApp, stopApp, type AppProcess } from "./app-process";
import { projectRoot } from "../db/schema-engine";
import { freePort } from "../test/free-port";
import { freshDatabase } from "./database";
import { startSmtpReceiver, type ReceivedMail, type SmtpReceiver } from "./smtp-receiver";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

export type WorkerProcess = { name: string; child: ChildProcess; output: string[]; exited: Promise<void> };

export type Stage = {
  db: Db;
  url: string;
  smtpPort: number;
  smtp: SmtpReceiver | null;
  mails: ReceivedMail[];
  workers: WorkerProcess[];
  apps: AppProcess[];
  /** Workers reach the database through this proxy when the stage was set up with `dbProxy`. */
  proxy: TcpProxy | null;
  /** Starts a worker process with the settings users run (the default lease). */
  startWorker: (name: string) => WorkerProcess;
  /** Starts Bridge as `npm start` does, on a port of its own (the same for every restart); see `appReady`. */
  startApp: (name: string) => AppProcess;
  smtpUp: () => Promise<void>;
  smtpDown: () => Promise<void>;
};

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `condition` until it holds; throws naming `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(100);
  }
  return Date.now() - started;
}

/** Deadlines further away than this are the policy's next levels, legitimately waiting. */
export const LATER_MS = 10 * 60_000;

export type QueueState = {
  pending: number;
  running: number;
  done: number;
  failed: number;
  dueUnfinished: number;
  later: number;
};

/** Counts of the queue's jobs (but the hourly retention sweep): due and unfinished, pending within `LATER_MS` (retries), and scheduled later. */
export async function queueState(db: Db): Promise<QueueState> {
  const later = new Date(Date.now() + LATER_MS);
  const rows = await db.$queryRaw<
    { pending: bigint; running: bigint; done: bigint; failed: bigint; due: bigint; later: bigint }[]
  >`
    SELECT count(*) FILTER (WHERE status = 'PENDING' AND "runAt" <= ${later}) AS pending, count(*) FILTER (WHERE status = 'RUNNING') AS running,
      count(*) FILTER (WHERE status = 'DONE') AS done, count(*) FILTER (WHERE status = 'FAILED') AS failed,
      count(*) FILTER (WHERE status = 'RUNNING' OR (status = 'PENDING' AND "runAt" <= ${new Date()})) AS due,
      count(*) FILTER (WHERE status = 'PENDING' AND "runAt" > ${later}) AS later
    FROM "Job" WHERE kind <> ALL(${recurringKinds()}::text[])`;
  const r = rows[0];
  return {
    pending: Number(r.pending),
    running: Number(r.running),
    done: Number(r.done),
    failed: Number(r.failed),
    dueUnfinished: Number(r.due),
    later: Number(r.later),
  };
}

/** Nothing due, running or about to be retried: only the policy's later levels are left. */
export async function settled(db: Db): Promise<boolean> {
  const q = await queueState(db);
  return q.pending === 0 && q.running === 0;
}

// Worker processes must not outlive the script that started them, however it ends.
const live = new Set<ChildProcess>();
process.once("exit", () => live.forEach((child) => child.kill("SIGKILL")));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

/** Starts `script` (a worker entry point) as `npm run worker` does: node with the react-server condition and tsx. */
/** The environment of a benchmark's worker processes: its own database, its SMTP receiver, a fixed signing secret. */
export function benchWorkerEnv(databaseUrl: string, smtpPort: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtpPort),
    SMTP_SECURE: "false",
    NEXTAUTH_SECRET: "bench-secret-".padEnd(48, "x"),
    NEXTAUTH_URL: "http://localhost:3000",
  };
}

export function startWorkerProcess(
  name: string,
  env: NodeJS.ProcessEnv,
  script = "scripts/fault/worker-process.ts",
  args = ["--name", name],
): WorkerProcess {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(projectRoot, script), ...args],
    {
      cwd: projectRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  live.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", () => live.delete(child));
  return { name, child, output, exited };
}

/** Resolves once the worker process is up (its "worker started" line): deadlines made after it measure the worker, not its start-up. */
export async function workerStarted(worker: WorkerProcess): Promise<void> {
  await waitFor(
    `${worker.name} started`,
    () => {
      if (worker.child.exitCode !== null)
        throw new Error(`${worker.name} exited: ${worker.output.slice(-10).join("\n")}`);
      return worker.output.some((l) => l.includes('"msg":"worker started"'));
    },
    60_000,
  );
}

export async function stopWorker(worker: WorkerProcess): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  worker.child.kill("SIGTERM");
  const timer = setTimeout(() => worker.child.kill("SIGKILL"), 15_000);
  await worker.exited;
  clearTimeout(timer);
}

export type StageOptions = { smtpAnswerMs?: number; dbProxy?: boolean };

/** Runs `play` on a fresh stage and tears it all down afterwards, whatever happens. */
export async function onStage<T>(
  database: string,
  play: (stage: Stage) => Promise<T>,
  options: StageOptions = {},
): Promise<T> {
  const scratch = await freshDatabase(database);
  const db = createPrismaClient(scratch.url, { max: 4 });
  const smtpPort = await freePort();
  const appPort = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bridge-fault-"));
  const target = new URL(scratch.url);
  const proxy = options.dbProxy ? await startTcpProxy(target.hostname, Number(target.port || 5432)) : null;
  const workerUrl = new URL(scratch.url);
  if (proxy) {
    workerUrl.hostname = "127.0.0.1";
    workerUrl.port = String(proxy.port);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: workerUrl.toString(),
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtpPort),
    SMTP_SECURE: "false",
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: "http://localhost:3000",
    // Bridge's own files (the session secret when none is set) stay out of the checkout.
    BRIDGE_DATA_DIR: dataDir,
  };
  const stage: Stage = {
    db,
    url: scratch.url,
    smtpPort,
    smtp: null,
    mails: [],
    workers: [],
    apps: [],
    proxy,
    startWorker(name) {
      const worker = startWorkerProcess(name, env);
      stage.workers.push(worker);
      return worker;
    },
    startApp(name) {
      const app = startApp(name, appPort, env);
      stage.apps.push(app);
      return app;
    },
    async smtpUp() {
      stage.smtp ??= await startSmtpReceiver(smtpPort, stage.mails, options.smtpAnswerMs);
    },
    async smtpDown() {
      const smtp = stage.smtp;
      stage.smtp = null;
      // Accept nothing more, then cut every connection: what was not answered 250 is not received.
      smtp?.hold();
      await smtp?.stop();
    },
  };
  try {
    return await play(stage);
  } catch (error) {
    for (const w of [...stage.workers, ...stage.apps])
      console.error(`  last output of ${w.name}:\n    ${w.output.slice(-15).join("\n    ")}`);
    throw error;
  } finally {
    await proxy?.up();
    await Promise.all([...stage.workers.map(stopWorker), ...stage.apps.map(stopApp)]);
    await stage.smtp?.stop();
    await proxy?.down();
    await db.$disconnect();
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
