// Leases on running jobs: a stale one is taken over and names the worker it was taken from; the
// heartbeat renews a job's lease and its delivery's send lock together; a send taken over
// without a recorded outcome is counted as a possible duplicate, and the copy goes out once more.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startSmtpReceiver } from "@/scripts/fault/smtp-receiver";
import { configureSmtp } from "../channels/email";
import { systemCtx } from "../context";
import { db } from "../db";
import { claimDue, refreshLocks } from "./claim";
import { handleDeliver } from "./handlers/deliver";
import { captureLog } from "./test-worker";

// Before anything else in the shared test database: claims at this instant see only these jobs.
const T = new Date("1999-01-01T00:00:00Z");
const LEASE = 10_000;
const at = (ms: number) => new Date(T.getTime() + ms);
const prefix = `test-lease:${randomUUID()}`;

afterEach(async () => {
  await db.job.deleteMany({ where: { key: { startsWith: prefix } } });
  await db.delivery.deleteMany({ where: { idempotencyKey: { startsWith: prefix } } });
  configureSmtp(null);
});
afterAll(() => configureSmtp(null));

function delivery(name: string, lockedUntil: Date | null) {
  return db.delivery.create({
    data: {
      channel: "EMAIL",
      recipient: "oncall@example.com",
      subject: "Page",
      body: "Paged",
      idempotencyKey: `${prefix}:${name}`,
      lockedUntil,
    },
  });
}

describe("lease takeover", () => {
  it("takes a stale lease over naming its worker, and none while takeover waits after an outage", async () => {
    const common = {
      kind: "obligation",
      payload: { obligationId: "none" },
      plannedAt: at(-60_000),
      runAt: at(-60_000),
    };
    const stale = await db.job.create({
      data: {
        ...common,
        key: `${prefix}:stale`,
        status: "RUNNING",
        lockedBy: "gone-worker",
        lockedAt: at(-LEASE - 1),
        attempts: 1,
      },
    });
    const live = await db.job.create({
      data: {
        ...common,
        key: `${prefix}:live`,
        status: "RUNNING",
        lockedBy: "live-worker",
        lockedAt: at(-LEASE + 500),
        attempts: 1,
      },
    });
    const pending = await db.job.create({ data: { ...common, key: `${prefix}:pending` } });

    const waiting = await claimDue(db, "back-from-outage", T, 10, "timers", LEASE, false);
    expect(waiting.map((j) => [j.id, j.takenOverFrom])).toEqual([[pending.id, null]]);

    const taking = await claimDue(db, "rescuer", T, 10, "timers", LEASE);
    expect(taking.map((j) => [j.id, j.takenOverFrom])).toEqual([[stale.id, "gone-worker"]]);
    expect(await db.job.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      lockedBy: "live-worker",
      attempts: 1,
    });
  });

  it("renews a deliver job's lease and its delivery's send lock in one heartbeat, only for the worker holding it", async () => {
    const d = await delivery("heartbeat", at(5_000));
    const job = await db.job.create({
      data: {
        kind: "deliver",
        key: `${prefix}:deliver`,
        payload: { deliveryId: d.id },
        plannedAt: T,
        runAt: T,
        status: "RUNNING",
        lockedBy: "w1",
        lockedAt: T,
        attempts: 1,
      },
    });

    await refreshLocks(db, "someone-else", [job.id], at(8_000), LEASE);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).lockedAt).toEqual(T);
    expect((await db.delivery.findUniqueOrThrow({ where: { id: d.id } })).lockedUntil).toEqual(at(5_000));

    await refreshLocks(db, "w1", [job.id], at(8_000), LEASE);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).lockedAt).toEqual(at(8_000));
    expect((await db.delivery.findUniqueOrThrow({ where: { id: d.id } })).lockedUntil).toEqual(at(8_000 + LEASE));
    // Taken over exactly when both run out, never while either holds.
    expect(await claimDue(db, "rescuer", at(8_000 + LEASE), 16, "deliveries", LEASE)).toEqual([]);
  });
});

describe("a send taken over without a recorded outcome", () => {
  it("is counted as a possible duplicate and logged; a first send is not", async () => {
    const receiver = await startSmtpReceiver(0);
    configureSmtp({ host: "127.0.0.1", port: receiver.port, secure: false });
    try {
      const interrupted = await delivery("interrupted", new Date(Date.now() - 1000));
      const first = await delivery("first", null);
      const { log, lines } = captureLog();
      for (const d of [interrupted, first])
        await handleDeliver(systemCtx(new Date()), { deliveryId: d.id }, { db, staleLockMs: LEASE, log });

      expect(await db.delivery.findUniqueOrThrow({ where: { id: interrupted.id } })).toMatchObject({
        status: "SENT",
        attempts: 1,
        possibleDuplicates: 1,
        lockedUntil: null,
      });
      expect(await db.delivery.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
        status: "SENT",
        attempts: 1,
        possibleDuplicates: 0,
        lockedUntil: null,
      });
      expect(receiver.mails.map((m) => m.key).sort()).toEqual(
        [interrupted.idempotencyKey, first.idempotencyKey].sort(),
      );
      expect(lines.filter((l) => l.msg.startsWith("taking over a send")).map((l) => l.deliveryId)).toEqual([
        interrupted.id,
      ]);
    } finally {
      await receiver.stop();
    }
  });
});
