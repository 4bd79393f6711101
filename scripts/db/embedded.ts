// Embedded Postgres: a PGlite data directory served over the wire protocol on 127.0.0.1,
// so the app, `pg` and @prisma/adapter-pg use it exactly like a real server.
import { mkdirSync, openSync, closeSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { projectRoot } from "./schema-engine";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export const DEFAULT_PORT = 54329;
const PORT_ATTEMPTS = 20;
// pglite-socket accepts a single connection unless told otherwise; a pg Pool needs several.
const MAX_CONNECTIONS = 128;

// PGlite is one backend shared by every socket. pglite-socket keeps other clients out only
// inside an explicit transaction; also keep them out between a client's first
// extended-protocol message and its Sync, or they could replace its unnamed statement.
export function pinExtendedProtocol(db: PGlite): void {
  let open = false;
  const exec = db.execProtocolRawStream.bind(db);
  const inTransaction = db.isInTransaction.bind(db);
  const execSql = db.exec.bind(db);
  db.execProtocolRawStream = async (message, options) => {
    const type = String.fromCharCode(message[0] ?? 0);
    try {
      await exec(message, options);
    } finally {
      open = "PBDEHC".includes(type);
    }
  };
  db.isInTransaction = () => open || inTransaction();
  db.exec = (...args) => {
    open = false; // only called by pglite-socket to roll back after a client vanished
    return execSql(...args);
  };
}

async function listen(db: PGlite, firstPort: number): Promise<PGLiteSocketServer> {
  for (let port = firstPort; port < firstPort + PORT_ATTEMPTS; port++) {
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: MAX_CONNECTIONS });
    try {
      await server.start();
      return server;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    }
  }
  throw new Error(`embedded Postgres: ports ${firstPort}-${firstPort + PORT_ATTEMPTS - 1} are all taken`);
}

interface LockInfo {
  pid: number;
  url: string | null;
}

/** Whether a process still exists (EPERM: it does, but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether a Postgres server answers a query at `url` within two seconds. */
export async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Takes the data directory's lock file, or returns the URL its live owner serves on. */
async function lockOrShare(lockPath: string): Promise<{ owned: true } | { owned: false; url: string }> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      closeSync(openSync(lockPath, "wx"));
      writeFileSync(lockPath, JSON.stringify({ pid: process.pid, url: null } satisfies LockInfo));
      return { owned: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    let info: LockInfo | null = null;
    try {
      info = JSON.parse(readFileSync(lockPath, "utf8")) as LockInfo;
    } catch {
      info = null; // being written right now, or damaged: judged again below
    }
    if (info && (info.pid === process.pid || !isAlive(info.pid))) {
      unlinkSync(lockPath); // left behind by a process that died (or by this one, already stopped)
      continue;
    }
    if (info?.url && (await answers(info.url))) return { owned: false, url: info.url };
    if (Date.now() > deadline) {
      const owner = info?.pid ?? "?";
      throw new Error(
        `embedded Postgres: ${lockPath} is held by pid ${owner}, which does not answer (remove the file if that is not a Bridge process)`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const running = new Map<string, { db: Promise<EmbeddedDatabase>; users: number }>();

/**
 * Serves the PGlite database in `dataDir` (default `.data/pg`) on 127.0.0.1:`port` (default
 * 54329, or the next free port). One process owns a data directory; another process asking
 * for the same directory gets the owner's URL. `stop()` closes it once every caller stopped.
 */
export async function startEmbedded(opts: { dataDir?: string; port?: number } = {}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataDir ?? path.join(projectRoot, ".data", "pg"));
  let entry = running.get(dataDir);
  if (!entry) {
    entry = { db: open(dataDir, opts.port ?? DEFAULT_PORT), users: 0 };
    running.set(dataDir, entry);
    entry.db.catch(() => running.delete(dataDir));
  }
  entry.users++;
  const shared = entry;
  const db = await shared.db;
  let stopped = false;
  return {
    url: db.url,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (--shared.users > 0) return;
      running.delete(dataDir);
      await db.stop();
    },
  };
}

async function open(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockPath = `${dataDir}.lock`;
  const lock = await lockOrShare(lockPath);
  if (!lock.owned) return { url: lock.url, stop: async () => {} };
  const releaseLock = () => {
    try {
      unlinkSync(lockPath);
    } catch {
      // already gone
    }
  };
  process.once("exit", releaseLock);
  try {
    const db = await PGlite.create({ dataDir });
    pinExtendedProtocol(db);
    const server = await listen(db, port);
    const url = `postgresql://postgres@${server.getServerConn()}/postgres`;
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid, url } satisfies LockInfo));
    return {
      url,
      async stop() {
        await server.stop();
        await db.close();
        process.removeListener("exit", releaseLock);
        releaseLock();
      },
    };
  } catch (error) {
    process.removeListener("exit", releaseLock);
    releaseLock();
    throw error;
  }
}
