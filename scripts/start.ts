// npm start — validates the environment, provides a database (DATABASE_URL, or the embedded
// one), migrates, seeds an empty database, builds if needed, then serves Bridge.
import { spawn } from "node:child_process";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/config/env";
import { buildIfStale } from "./build-if-stale";
import { ensureDatabase } from "./db/ensure";
import { projectRoot } from "./db/schema-engine";
import { seedIfEmpty } from "./db/seed-if-empty";
import { ensureSecret } from "./secret";

const started = Date.now();
let env;
try {
  env = parseEnv(process.env);
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const dataDir = path.resolve(projectRoot, env.BRIDGE_DATA_DIR);
const secret = env.NEXTAUTH_SECRET ?? ensureSecret(dataDir);
const database = await ensureDatabase();
console.log(`bridge: database ${database.embedded ? "embedded (PGlite) at " + database.url : "from DATABASE_URL"}`);
if (await seedIfEmpty(database.url, env.BRIDGE_DEMO_SEED === "1")) console.log("bridge: seeded the plan's data into the empty database");
buildIfStale(projectRoot);

const url = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
const server = spawn(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "start", "-p", String(env.PORT)], {
  cwd: projectRoot,
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
});
console.log(`bridge: serving ${url} (ready in about ${((Date.now() - started) / 1000).toFixed(1)} s plus server start)`);

async function shutdown(signal: NodeJS.Signals) {
  server.kill(signal);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
server.on("exit", async (code) => {
  await database.stop();
  process.exit(code ?? 0);
});
