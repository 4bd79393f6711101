// A worker cut off from the database (through a TCP proxy that drops every connection): one log
// line when the queue becomes unreachable and one when it is back, and, back from the outage, no
// lease taken over until its holder has had one lease's time to renew it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { startTcpProxy, type TcpProxy } from "@/scripts/fault/tcp-proxy";
import { db } from "../db";
import { env } from "../env";
import { captureLog } from "./test-worker";
import { runWorker } from "./worker";

const LEASE = 3000;
const key = `test-outage:${randomUUID()}`;
let proxy: TcpProxy;
let proxied: Db;
let proxiedUrl: string;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  const target = new URL(env.DATABASE_URL ?? "");
  proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
  target.hostname = "127.0.0.1";
  target.port = String(proxy.port);
  proxiedUrl = target.toString();
  proxied = createPrismaClient(proxiedUrl, { max: 2 });
});

afterAll(async () => {
  await proxy.up();
  await proxied.$disconnect();
  await proxy.down();
  await db.job.deleteMany({ where: { key } });
});

describe("a worker back from a database outage", () => {
  it("logs the outage once each way and takes no lease over until one lease after it", async () => {
    const lockedAt = new Date(Date.now() - 1000);
    const job = await db.job.create({
      data: {
        kind: "obligation",
        key,
        payload: { obligationId: `missing-${randomUUID()}` },
        plannedAt: lockedAt,
        runAt: lockedAt,
        status: "RUNNING",
        lockedBy: "cut-off-worker",
        lockedAt,
        attempts: 1,
      },
    });
    const { log, lines } = captureLog();
    const controller = new AbortController();
    const worker = runWorker({
      db: proxied,
      url: proxiedUrl,
      signal: controller.signal,
      name: "outage-test-worker",
      staleLockMs: LEASE,
      maxSleepMs: 100,
      log,
    });
    try {
      await sleep(300);
      await proxy.down();
      // The job's lease runs out during the outage (at +2 s).
      await sleep(2500);
      await proxy.up();
      const upAt = Date.now();
      await sleep(1500);
      expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
        status: "RUNNING",
        lockedBy: "cut-off-worker",
      });

      while ((await db.job.findUniqueOrThrow({ where: { id: job.id } })).lockedBy === "cut-off-worker") {
        if (Date.now() - upAt > 10_000) throw new Error("never taken over");
        await sleep(100);
      }
      expect(Date.now() - upAt).toBeGreaterThanOrEqual(LEASE - 500);
    } finally {
      controller.abort();
      await worker;
    }
    const messages = lines.map((l) => l.msg);
    expect(messages.filter((m) => m.startsWith("queue unreachable"))).toHaveLength(1);
    expect(messages.filter((m) => m.startsWith("queue reachable again"))).toHaveLength(1);
    expect(lines.filter((l) => l.msg.startsWith("lease takeover") && l.jobKey === key).map((l) => l.from)).toEqual([
      "cut-off-worker",
    ]);
  }, 30_000);
});
