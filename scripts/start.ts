// npm start — validates the environment, provides a database (DATABASE_URL, or the embedded
// one), migrates, seeds an empty database, builds if needed, then serves Bridge and runs the
// deadline worker (and, without an SMTP server, a local mail capture).
// npm run dev (--dev) does the same but serves the sources with hot reload instead of a build.
import "./load-env";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { EnvError, parseEnv, type Env } from "../lib/config/env";
import { createPrismaClient } from "../lib/db/create-client";
import { buildIfStale } from "./build-if-stale";
import { ensureDatabase } from "./db/ensure";
import { projectRoot } from "./db/schema-engine";
import { seedIfEmpty } from "./db/seed-if-empty";
import { startMailCapture } from "./mail-capture";
import { ensureSecret } from "./secret";

function readEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const dev = process.argv.includes("--dev");
const started = Date.now();
const env = readEnv();
const secret = env.NEXTAUTH_SECRET ?? ensureSecret(path.resolve(projectRoot, env.BRIDGE_DATA_DIR));
const database = await ensureDatabase();
console.log(`bridge: database ${database.embedded ? `embedded (PGlite) at ${database.url}` : "from DATABASE_URL"}`);
if (await seedIfEmpty(database.url, env.BRIDGE_DEMO_SEED === "1"))
  console.log("bridge: seeded the plan's data into the empty database");
const db = createPrismaClient(database.url, { max: 2 });
const capture = env.SMTP_HOST ? null : await startMailCapture(db, env.MAIL_CAPTURE_PORT);
if (capture)
  console.log(
    `bridge: no SMTP_HOST set; mail is captured on 127.0.0.1:${env.MAIL_CAPTURE_PORT} and shown at /admin/mail`,
  );
if (!dev) await buildIfStale(projectRoot);

const url = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
const childEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: secret,
  NEXTAUTH_URL: url,
  NEXT_TELEMETRY_DISABLED: "1",
  // The demo on the embedded database keeps itself alive (samples, backups); an own database gets no made-up traffic.
  BRIDGE_DEMO_FEED: process.env.BRIDGE_DEMO_FEED ?? (database.embedded && env.BRIDGE_DEMO_SEED === "1" ? "1" : "0"),
};
const webEnv = { ...childEnv, NODE_ENV: dev ? ("development" as const) : ("production" as const) };
const serveArgs = ["--import", "tsx", path.join(projectRoot, "scripts/serve.ts"), ...(dev ? ["--dev"] : [])];
const web = spawn(process.execPath, serveArgs, { cwd: projectRoot, stdio: "inherit", env: webEnv });
const children: ChildProcess[] = [web];
web.on("exit", (code) => void stop(code ?? 1));

// The worker holds no state (every deadline is a row), so a crashed worker is simply restarted.
function startWorker() {
  const worker = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(projectRoot, "scripts/worker.ts")],
    { cwd: projectRoot, stdio: "inherit", env: childEnv },
  );
  children.push(worker);
  worker.on("exit", () => {
    children.splice(children.indexOf(worker), 1);
    if (!stopping) setTimeout(startWorker, 1000);
  });
}
if (env.BRIDGE_WORKER === "1") startWorker();
console.log(`bridge: serving ${url} (start-up took ${((Date.now() - started) / 1000).toFixed(1)} s)`);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
  await capture?.stop();
  await db.$disconnect();
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
