// The live hub against the real database: committed changes reach subscribers within a second,
// rolled-back ones never do, the connection closes with the last subscriber, and a lost
// connection is re-opened with a resync. On a Postgres server it uses LISTEN/NOTIFY; on the
// embedded PGlite (one session shared by every connection) it polls a change marker.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { db } from "@/lib/server/db";
import { emit, type BridgeEvent } from "@/lib/server/events";
import { addNote } from "@/lib/server/incidents/add-note";
import { declare, users, type TestUser } from "@/lib/server/incidents/test-fixtures";
import { startEmbedded } from "@/scripts/db/embedded";
import { freePort } from "@/scripts/test/free-port";
import { ctxOf } from "@/scripts/test/fixtures";
import { LiveHub } from "./hub";
import { startTcpProxy, type TcpProxy } from "./test-proxy";
import { ready, record, sleep, until } from "./test-listen";

// This file's own database, set up by scripts/test/setup-database-url.ts.
const url = process.env.DATABASE_URL!;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function hubOn(databaseUrl: string): LiveHub {
  const hub = new LiveHub({ url: databaseUrl });
  cleanups.push(() => hub.close());
  return hub;
}

async function proxyTo(databaseUrl: string): Promise<TcpProxy> {
  const proxy = await startTcpProxy(databaseUrl);
  cleanups.push(() => proxy.close());
  return proxy;
}

describe("LiveHub", () => {
  let embedded = false;
  let commander: TestUser;
  let incidentId: string;
  // What a subscriber hears of `event`: the event itself, or a resync when the hub polls.
  const of = (event: BridgeEvent) => (e: BridgeEvent) =>
    embedded ? e.type === "resync" : e.type === event.type && e.id === event.id;
  const commit = (event: BridgeEvent) => db.$transaction((tx) => emit(tx, event));

  beforeAll(async () => {
    const [version] = await db.$queryRaw<{ v: string }[]>`SELECT version() AS v`;
    embedded = version.v.includes("PGlite");
    [commander] = await users("COMMANDER");
    incidentId = (await declare(commander, { title: "Live hub test incident" })).id;
  });

  it("listens on a Postgres server and polls on the embedded database, deciding by a probe", async () => {
    const hub = hubOn(url);
    const listener = record(hub);
    await ready(hub, listener);
    expect(hub.stats()).toMatchObject({
      subscribers: 1,
      connected: true,
      mode: embedded ? "poll" : "listen",
      connects: 1,
    });
  });

  it("tells a subscriber of a note committed on another connection within 1 s", async () => {
    const hub = hubOn(url);
    const listener = record(hub);
    await ready(hub, listener);
    await addNote(ctxOf(commander), { incidentId, message: "The hub should hear this" });
    const committed = performance.now();
    const heard = await listener.waitFor(of({ type: "incident.changed", id: incidentId }), 1_000, "the note's event");
    expect(heard.at - committed).toBeLessThan(1_000);
  });

  it("never delivers an event whose transaction rolled back", async () => {
    const hub = hubOn(url);
    const listener = record(hub);
    await ready(hub, listener);
    const rollback = db.$transaction(async (tx) => {
      await emit(tx, { type: "test.rolled-back", id: incidentId });
      throw new Error("changed my mind");
    });
    await expect(rollback).rejects.toThrow("changed my mind");
    await sleep(1_000);
    expect(listener.heard).toEqual([]);
    // The hub was listening all along: a committed event right after does arrive.
    await commit({ type: "test.committed", id: incidentId });
    await listener.waitFor(of({ type: "test.committed", id: incidentId }), 1_000, "the committed event");
    expect(listener.heard.map((h) => h.event.type)).not.toContain("test.rolled-back");
  });

  it("fans out to every subscriber and closes its connection when the last one leaves", async () => {
    const proxy = await proxyTo(url);
    const hub = hubOn(proxy.url);
    const [a, b] = [record(hub), record(hub)];
    await ready(hub, a);
    await until(() => proxy.open() === 1, 2_000, "only the LISTEN connection to stay open");
    const pid = hub.stats().backendPid;
    b.clear();
    await commit({ type: "test.fan-out", id: "1" });
    await a.waitFor(of({ type: "test.fan-out", id: "1" }), 1_000, "a's event");
    await b.waitFor(of({ type: "test.fan-out", id: "1" }), 1_000, "b's event");

    a.unsubscribe();
    await sleep(200);
    expect(hub.stats()).toMatchObject({ subscribers: 1, connected: true });
    expect(proxy.open()).toBe(1);

    b.unsubscribe();
    expect(hub.stats()).toMatchObject({ subscribers: 0, connected: false });
    await until(() => proxy.open() === 0, 2_000, "the connection to close");
    if (!embedded) {
      await until(
        async () =>
          (await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE pid = ${pid}`)[0].n ===
          0n,
        2_000,
        "the backend to go",
      );
    }
  });

  it("reconnects when its connection is killed, and tells subscribers to resync", async () => {
    const proxy = await proxyTo(url);
    const hub = hubOn(proxy.url);
    const listener = record(hub);
    await ready(hub, listener);
    const pid = hub.stats().backendPid;
    // A server can end one backend; the embedded database has one backend for everyone, so
    // there the hub's TCP connection is cut instead.
    if (embedded) proxy.dropAll();
    else await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    await listener.waitFor((e) => e.type === "resync", 5_000, "the resync after reconnecting");
    expect(hub.stats()).toMatchObject({ connected: true, connects: 2 });
    if (!embedded) expect(hub.stats().backendPid).not.toBe(pid);
    listener.clear();
    await commit({ type: "test.after-reconnect", id: "2" });
    await listener.waitFor(of({ type: "test.after-reconnect", id: "2" }), 1_000, "an event after reconnecting");
  });

  it("keeps retrying with backoff while the database is unreachable, then resyncs", async () => {
    const proxy = await proxyTo(url);
    const lines: string[] = [];
    const hub = new LiveHub({ url: proxy.url, log: (line) => lines.push(line) });
    cleanups.push(() => hub.close());
    const listener = record(hub);
    await ready(hub, listener);
    proxy.refuse(true);
    proxy.dropAll();
    await until(() => lines.length >= 3, 5_000, "three failed attempts");
    expect(hub.stats().connected).toBe(false);
    expect(listener.heard).toEqual([]);
    proxy.refuse(false);
    await listener.waitFor((e) => e.type === "resync", 10_000, "the resync once the database is back");
    expect(hub.stats()).toMatchObject({ connected: true, connects: 2 });
  });

  it("resyncs a new subscriber at once when an event came after its view was read", async () => {
    const hub = hubOn(url);
    const first = record(hub);
    await ready(hub, first);
    const readBefore = new Date();
    await sleep(5);
    await commit({ type: "test.between", id: "3" });
    await first.waitFor(of({ type: "test.between", id: "3" }), 1_000, "the event");
    const stale = record(hub, readBefore);
    const fresh = record(hub, new Date());
    await stale.waitFor((e) => e.type === "resync", 500, "a resync for the stale view");
    await sleep(300);
    expect(fresh.heard).toEqual([]);
  });
});

describe("LiveHub on an embedded PGlite database of its own", () => {
  it("falls back to polling the change marker: commits arrive within 1 s, rollbacks never", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-live-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const database = await startEmbedded({ dataDir: path.join(dir, "pg"), port: await freePort() });
    cleanups.push(() => database.stop());
    const pglite = createPrismaClient(database.url, { max: 2 });
    cleanups.push(() => pglite.$disconnect());
    const hub = hubOn(database.url);
    const listener = record(hub);
    await ready(hub, listener);
    expect(hub.stats().mode).toBe("poll");

    const rollback = pglite.$transaction(async (tx) => {
      await emit(tx, { type: "test.rolled-back" });
      throw new Error("changed my mind");
    });
    await expect(rollback).rejects.toThrow("changed my mind");
    await sleep(1_000);
    expect(listener.heard).toEqual([]);

    await pglite.$transaction((tx) => emit(tx, { type: "test.committed" }));
    const committed = performance.now();
    const heard = await listener.waitFor((e) => e.type === "resync", 1_000, "the resync for the commit");
    expect(heard.at - committed).toBeLessThan(1_000);
  }, 60_000);
});
