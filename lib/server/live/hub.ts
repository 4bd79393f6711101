import "server-only";
import type pg from "pg";
import { env } from "../env";
import { EVENT_CHANNEL, type BridgeEvent } from "../events";
import { reconnectDelay } from "@/lib/domain/backoff";
import { detectMode, newClient, type Mode } from "./connection";
import { readChangeMarker } from "./marker";

export type Subscriber = (event: BridgeEvent) => void;

export type HubOptions = {
  url: string;
  /** How often the marker is read when NOTIFY cannot reach the hub (embedded database). */
  pollMs?: number;
  /** How often an idle LISTEN connection is checked, to notice a silently dead network. */
  pingMs?: number;
  /** How long the connection outlives its last subscriber (a page change reconnects at once). */
  idleCloseMs?: number;
  log?: (line: string) => void;
};

export type HubStats = {
  subscribers: number;
  connected: boolean;
  mode: Mode | null;
  connects: number;
  backendPid: number | null;
};

export const RESYNC: BridgeEvent = { type: "resync" };

type Subscription = { fn: Subscriber; since: number | null };

/**
 * One database connection per process that hears every committed event and fans it out to
 * the subscribed browsers. Opened with the first subscriber, closed after the last; when the
 * connection is lost it reconnects with backoff and tells everyone to resync.
 */
export class LiveHub {
  private readonly subscriptions = new Set<Subscription>();
  private client: pg.Client | null = null;
  private mode: Mode | null = null;
  private running = false;
  private generation = 0; // bumped by every start and stop, so stale async work stands down
  private failures = 0;
  private connects = 0;
  private marker: string | null = null;
  private backendPid: number | null = null;
  private lastEventAt: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: HubOptions) {}

  /**
   * Calls `fn` with every event until the returned function is called. `since` is when the
   * subscriber's view was read: if an event may have arrived after it (one did, or the hub was
   * not listening yet), `fn` is sent a resync as soon as the hub is listening.
   */
  subscribe(fn: Subscriber, since?: Date): () => void {
    const subscription: Subscription = { fn, since: since?.getTime() ?? null };
    this.subscriptions.add(subscription);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (!this.running) this.start();
    else if (
      this.client &&
      subscription.since !== null &&
      this.lastEventAt !== null &&
      this.lastEventAt > subscription.since
    ) {
      queueMicrotask(() => this.subscriptions.has(subscription) && call(subscription, RESYNC));
    }
    return () => {
      if (!this.subscriptions.delete(subscription) || this.subscriptions.size > 0) return;
      const idleMs = this.options.idleCloseMs ?? 0;
      if (idleMs <= 0) return this.stop();
      this.idleTimer = setTimeout(() => this.subscriptions.size === 0 && this.stop(), idleMs);
    };
  }

  stats(): HubStats {
    return {
      subscribers: this.subscriptions.size,
      connected: this.client !== null,
      mode: this.mode,
      connects: this.connects,
      backendPid: this.client ? this.backendPid : null,
    };
  }

  /** Closes the connection now, whoever is subscribed (process shutdown, tests). */
  close(): void {
    this.subscriptions.clear();
    this.stop();
  }

  private start(): void {
    this.running = true;
    this.failures = 0;
    void this.connect(++this.generation);
  }

  private stop(): void {
    this.running = false;
    this.generation++;
    for (const timer of [this.timer, this.idleTimer]) if (timer) clearTimeout(timer);
    this.timer = this.idleTimer = null;
    const client = this.client;
    this.client = null;
    void client?.end().catch(() => {});
  }

  private async connect(generation: number): Promise<void> {
    const client = newClient(this.options.url);
    let gone = false;
    const onGone = (error: Error) => {
      if (gone) return;
      gone = true;
      if (this.client === client) this.lost(generation, error);
    };
    client.on("error", onGone);
    client.on("end", () => onGone(new Error("connection closed")));
    client.on("notification", (message) => {
      if (message.channel === EVENT_CHANNEL && this.client === client) this.deliver(parseEvent(message.payload));
    });
    let pid: number | null = null;
    try {
      await client.connect();
      pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid ?? null;
      await client.query(`LISTEN ${EVENT_CHANNEL}`);
      this.marker = await readChangeMarker(client);
      this.mode ??= await detectMode(client, this.options.url);
      if (this.mode === "poll") await client.query(`UNLISTEN ${EVENT_CHANNEL}`);
      if (gone) throw new Error("connection closed while starting");
    } catch (error) {
      gone = true;
      await client.end().catch(() => {});
      if (generation === this.generation) this.retry(generation, error);
      return;
    }
    if (generation !== this.generation) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.backendPid = pid;
    this.connects++;
    this.failures = 0;
    this.schedule(generation);
    // Events between a view being read and now may have been missed: a refresh makes up for it.
    this.deliver(RESYNC);
  }

  private lost(generation: number, error: Error): void {
    if (generation !== this.generation) return;
    const client = this.client;
    this.client = null;
    if (this.timer) clearTimeout(this.timer);
    void client?.end().catch(() => {});
    this.retry(generation, error);
  }

  private retry(generation: number, error: unknown): void {
    const delay = reconnectDelay(++this.failures);
    this.options.log?.(
      `live: database connection lost (${error instanceof Error ? error.message : String(error)}); retrying in ${delay} ms`,
    );
    this.timer = setTimeout(() => void this.connect(generation), delay);
  }

  /** Polls the change marker (embedded database) or pings the LISTEN connection. */
  private schedule(generation: number): void {
    const poll = this.mode === "poll";
    this.timer = setTimeout(
      async () => {
        const client = this.client;
        if (generation !== this.generation || !client) return;
        try {
          if (poll) {
            const marker = await readChangeMarker(client);
            if (marker !== this.marker && this.client === client) {
              this.marker = marker;
              this.deliver(RESYNC);
            }
          } else {
            await client.query("SELECT 1");
          }
        } catch (error) {
          if (this.client === client)
            return this.lost(generation, error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (this.client === client) this.schedule(generation);
      },
      poll ? (this.options.pollMs ?? 250) : (this.options.pingMs ?? 30_000),
    );
  }

  private deliver(event: BridgeEvent): void {
    this.lastEventAt = Date.now();
    for (const s of [...this.subscriptions]) call(s, event);
  }
}

function call(subscription: Subscription, event: BridgeEvent): void {
  try {
    subscription.fn(event);
  } catch {
    // One broken subscriber must not keep the event from the others.
  }
}

function parseEvent(payload: string | undefined): BridgeEvent {
  try {
    const value = JSON.parse(payload ?? "") as unknown;
    if (value && typeof value === "object" && typeof (value as BridgeEvent).type === "string") {
      const { type, id } = value as BridgeEvent;
      return typeof id === "string" ? { type, id } : { type };
    }
  } catch {
    // fall through: an unreadable event still means something changed
  }
  return RESYNC;
}

const globalForHub = globalThis as unknown as { bridgeLiveHub?: LiveHub };

/** The process-wide hub (on globalThis, so every copy of this module shares it). */
export function getHub(): LiveHub {
  if (globalForHub.bridgeLiveHub) return globalForHub.bridgeLiveHub;
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start Bridge with `npm start`, which provides one.");
  const log = (line: string) => console.error(line);
  return (globalForHub.bridgeLiveHub = new LiveHub({ url: env.DATABASE_URL, idleCloseMs: 3_000, log }));
}
