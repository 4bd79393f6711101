import "server-only";
import pg from "pg";
import { DB_TUNING_DEFAULTS } from "../../config/db-tuning";
import type { Logger } from "../log";
import { JOB_CHANNEL } from "./enqueue";
import { messageOf } from "./message-of";

const RECONNECT_MS = 1000;

/**
 * LISTENs on the job channel and calls `onNotify` with the earliest due time a NOTIFY announces
 * (null when it names none). A lost connection is re-opened in the background; meanwhile the
 * worker's polling covers for it, and a call after reconnecting makes up for what was missed.
 */
export async function listenForJobs(
  url: string,
  onNotify: (dueAt: number | null) => void,
  log: Logger,
): Promise<{ close: () => Promise<void> }> {
  let closed = false;
  // One line when the connection is lost and one when it is back, however many tries lie between.
  let lostSince: number | null = null;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  function lost(c: pg.Client, reason: string) {
    if (client !== c) return;
    client = null;
    c.end().catch(() => {});
    if (closed) return;
    if (lostSince === null) {
      lostSince = Date.now();
      log.warn({ err: reason }, "listen connection lost; reconnecting every second");
    }
    retry = setTimeout(() => void connect(), RECONNECT_MS);
  }

  async function connect(): Promise<void> {
    retry = null;
    if (closed) return;
    // Keepalive notices a dead link on an idle LISTEN connection; a silent server fails the connect.
    const c = new pg.Client({
      connectionString: url,
      keepAlive: true,
      connectionTimeoutMillis: DB_TUNING_DEFAULTS.connectTimeoutMs,
    });
    client = c;
    c.on("notification", (message) => {
      const dueAt = Number(message.payload);
      onNotify(message.payload && Number.isFinite(dueAt) ? dueAt : null);
    });
    c.on("error", (error) => lost(c, error.message));
    c.on("end", () => lost(c, "ended"));
    try {
      await c.connect();
      await c.query(`LISTEN ${JOB_CHANNEL}`);
      if (lostSince !== null) log.info({ lostMs: Date.now() - lostSince }, "listen connection back");
      lostSince = null;
      onNotify(null);
    } catch (error) {
      lost(c, messageOf(error));
    }
  }

  await connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
