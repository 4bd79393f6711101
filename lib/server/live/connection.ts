import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * How the hub hears of changes. `listen`: LISTEN/NOTIFY (a real Postgres server). `poll`: the
 * server shares one session between all connections (the embedded PGlite), so a NOTIFY comes
 * back to the connection that sent it and never to a listener; the hub polls a marker instead.
 */
export type Mode = "listen" | "poll";

export const APPLICATION_NAME = "bridge-live";

export function newClient(url: string, applicationName = APPLICATION_NAME): pg.Client {
  return new pg.Client({
    connectionString: url,
    application_name: applicationName,
    keepAlive: true,
    connectionTimeoutMillis: 10_000,
  });
}

/**
 * Decides by testing: `listener` listens on a fresh channel and a second connection notifies it.
 * Whichever connection hears it tells the mode; silence (never seen) counts as `listen`.
 */
export async function detectMode(listener: pg.Client, url: string, timeoutMs = 5_000): Promise<Mode> {
  const channel = `bridge_probe_${randomUUID().replace(/-/g, "")}`;
  const sender = newClient(url, `${APPLICATION_NAME}-probe`);
  sender.on("error", () => {});
  let onListener: (m: pg.Notification) => void = () => {};
  let onSender: (m: pg.Notification) => void = () => {};
  let timer: NodeJS.Timeout | undefined;
  const heard = new Promise<Mode>((resolve) => {
    onListener = (m) => m.channel === channel && resolve("listen");
    onSender = (m) => m.channel === channel && resolve("poll");
    timer = setTimeout(() => resolve("listen"), timeoutMs);
  });
  listener.on("notification", onListener);
  sender.on("notification", onSender);
  try {
    await listener.query(`LISTEN ${channel}`);
    await sender.connect();
    await sender.query(`NOTIFY ${channel}`);
    return await heard;
  } finally {
    clearTimeout(timer);
    listener.off("notification", onListener);
    await listener.query(`UNLISTEN ${channel}`).catch(() => {});
    await sender.end().catch(() => {});
  }
}
