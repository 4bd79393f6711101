// Serves Bridge for Playwright on a fresh database, through the normal `npm start` path
// (migrate, seed the empty database, build if stale, scripts/serve.ts). Port: E2E_PORT or 3100.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createFreshDatabase, dropDatabase } from "../db/create-database";
import { startEmbedded } from "../db/embedded";
import { projectRoot } from "../db/schema-engine";
import { assertLocalDatabase } from "./assert-local-database";
import { freePort } from "./free-port";
import { dropOrphans } from "./orphans";

// One database per run, so runs from several checkouts on one server never share data.
const E2E_PREFIX = "bridge_e2e_";
const E2E_DATABASE = `${E2E_PREFIX}${process.pid}_${Date.now().toString(36)}`;
const port = process.env.E2E_PORT ?? "3100";
// Holds the session secret (and, without DATABASE_URL, the database) of this run only.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "bridge-e2e-"));

async function provideDatabase(): Promise<{ url: string; release: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  if (serverUrl) {
    assertLocalDatabase(serverUrl);
    await dropOrphans(serverUrl, E2E_PREFIX);
    const url = await createFreshDatabase(serverUrl, E2E_DATABASE);
    return { url, release: () => dropDatabase(serverUrl, E2E_DATABASE) };
  }
  // Served from this process: start.ts would otherwise open the shared .data/pg directory.
  const embedded = await startEmbedded({ dataDir: path.join(dataDir, "pg"), port: await freePort() });
  return { url: embedded.url, release: () => embedded.stop() };
}

const database = await provideDatabase();
console.log(`e2e: fresh database ready, starting Bridge on port ${port}`);

const server = spawn(
  process.execPath,
  [path.join(projectRoot, "node_modules/tsx/dist/cli.mjs"), path.join(projectRoot, "scripts/start.ts")],
  {
    cwd: projectRoot,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      BRIDGE_DATA_DIR: dataDir,
      BRIDGE_DEMO_SEED: "1",
      PORT: port,
      MAIL_CAPTURE_PORT: String(await freePort()),
      NEXTAUTH_URL: `http://localhost:${port}`,
      // e2e/client-address.spec.ts plays a reverse proxy from this loopback address.
      BRIDGE_TRUSTED_PROXIES: "127.0.0.2",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
);

let stopping = false;
async function finish(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await database.release().catch((error: unknown) => console.error("e2e: could not release the database:", error));
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
    else void finish(0);
  });
}
server.on("exit", (code, signal) => void finish(signal ? 0 : (code ?? 1)));
