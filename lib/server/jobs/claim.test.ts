// The queue's primitives on real Postgres: concurrent claims never share a job, a dead worker's
// job is taken over once its lock is stale (and only then), and a lost lock cannot complete it.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { SMTP_TARGET } from "@/lib/domain/breaker";
import { deliverJob, type DeliveryClass } from "@/lib/domain/jobs";
import { RANKED_AT_MOST } from "./claim-deliveries";
import { enqueue } from "./enqueue";
import { claimDue, completeJob, failJob, MAX_ATTEMPTS, refreshLocks, rescheduleJob, STALE_LOCK_MS } from "./claim";

// Older than anything else in the shared test database, so a claim takes these first.
const LONG_AGO = new Date("2001-01-01T00:00:00Z");
const created: string[] = [];

async function insertJobs(
  n: number,
  extra: { status?: "PENDING" | "RUNNING"; lockedAt?: Date; lockedBy?: string; firedAt?: Date; attempts?: number } = {},
) {
  const prefix = `test-claim:${randomUUID()}`;
  const rows = Array.from({ length: n }, (_, i) => ({
    kind: "escalate",
    key: `${prefix}:${i}`,
    payload: { incidentId: `missing-${randomUUID()}`, round: 0, position: 1, at: LONG_AGO.toISOString() },
    plannedAt: new Date(LONG_AGO.getTime() + i),
    runAt: new Date(LONG_AGO.getTime() + i),
    ...extra,
  }));
  await db.job.createMany({ data: rows });
  const jobs = await db.job.findMany({ where: { key: { startsWith: prefix } }, orderBy: { runAt: "asc" } });
  created.push(...jobs.map((j) => j.id));
  return jobs;
}

afterEach(async () => {
  await db.job.updateMany({ where: { id: { in: created.splice(0) } }, data: { status: "DONE", lockedAt: null } });
});

describe("claimDue", () => {
  it("gives concurrent workers disjoint jobs and stamps the first firing", async () => {
    const jobs = await insertJobs(20);
    const now = new Date();
    const [a, b] = await Promise.all([claimDue(db, "worker-a", now, 10), claimDue(db, "worker-b", now, 10)]);
    const ids = [...a, ...b].map((j) => j.id);
    expect(new Set(ids).size).toBe(20);
    expect(ids.sort()).toEqual(jobs.map((j) => j.id).sort());
    const rows = await db.job.findMany({ where: { id: { in: ids } } });
    for (const row of rows) {
      expect(row).toMatchObject({ status: "RUNNING", attempts: 1, firedAt: now, lockedAt: now });
      expect(row.lockedBy).toBe(a.some((j) => j.id === row.id) ? "worker-a" : "worker-b");
    }
  });

  it("takes over a job whose worker stopped refreshing its lock, but not a live one", async () => {
    const now = new Date();
    const firedAt = new Date(now.getTime() - STALE_LOCK_MS - 5_000);
    const [dead] = await insertJobs(1, {
      status: "RUNNING",
      lockedBy: "dead-worker",
      lockedAt: new Date(now.getTime() - STALE_LOCK_MS - 1_000),
      firedAt,
      attempts: 1,
    });
    const [live] = await insertJobs(1, {
      status: "RUNNING",
      lockedBy: "live-worker",
      lockedAt: new Date(now.getTime() - 5_000),
      firedAt,
      attempts: 1,
    });
    const claimed = await claimDue(db, "rescuer", now, 5);
    expect(claimed.map((j) => j.id)).toContain(dead.id);
    expect(claimed.map((j) => j.id)).not.toContain(live.id);
    expect(await db.job.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({
      lockedBy: "rescuer",
      attempts: 2,
      firedAt,
    });

    // The dead worker's late completion changes nothing; the rescuer's does.
    await completeJob(db, dead.id, "dead-worker", now);
    expect((await db.job.findUniqueOrThrow({ where: { id: dead.id } })).status).toBe("RUNNING");
    await completeJob(db, dead.id, "rescuer", now);
    expect(await db.job.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({
      status: "DONE",
      completedAt: now,
      lockedAt: null,
    });

    // A refreshed lock keeps a long-running job away from other workers.
    await refreshLocks(db, "live-worker", [live.id], new Date(now.getTime() + STALE_LOCK_MS));
    const later = new Date(now.getTime() + STALE_LOCK_MS + 10_000);
    expect((await claimDue(db, "rescuer", later, 5)).map((j) => j.id)).not.toContain(live.id);
  });

  it("does not claim what is not due yet", async () => {
    const [job] = await insertJobs(1);
    expect((await claimDue(db, "early", new Date(LONG_AGO.getTime() - 1), 5)).map((j) => j.id)).not.toContain(job.id);
  });
});

describe("failJob and rescheduleJob", () => {
  it("retries a failing job later with its error, and gives up after the last attempt", async () => {
    const [job] = await insertJobs(1);
    const now = new Date();
    const [claimed] = await claimDue(db, "w", now, 1);
    expect(claimed.id).toBe(job.id);
    await failJob(db, job.id, "w", claimed.attempts, new Error("database hiccup"), now);
    const retried = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(retried).toMatchObject({
      status: "PENDING",
      lastError: "database hiccup",
      lockedAt: null,
      plannedAt: job.plannedAt,
    });
    expect(retried.runAt.getTime()).toBeGreaterThan(now.getTime());

    await db.job.update({ where: { id: job.id }, data: { status: "RUNNING", lockedBy: "w", attempts: MAX_ATTEMPTS } });
    await failJob(db, job.id, "w", MAX_ATTEMPTS, new Error("still broken"), now);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "FAILED",
      lastError: "still broken",
      completedAt: now,
    });
  });

  it("puts a job whose resource is busy back at the given time without spending an attempt", async () => {
    const [job] = await insertJobs(1);
    const now = new Date();
    await claimDue(db, "w", now, 1);
    const at = new Date(now.getTime() + 4_500);
    await rescheduleJob(db, job.id, "w", at);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "PENDING",
      runAt: at,
      attempts: 0,
      firedAt: now,
    });
  });
});

describe("the deliveries' claim order", () => {
  /** Deliver jobs of one class, due one millisecond apart from `from` (their delivery rows do not matter to the order). */
  async function queue(cls: DeliveryClass, n: number, from: Date) {
    const prefix = `claim-order-${cls}-${randomUUID()}`;
    await enqueue(
      db,
      Array.from({ length: n }, (_, i) => deliverJob(`${prefix}-${i}`, cls, new Date(from.getTime() + i), 0)),
    );
    const jobs = await db.job.findMany({ where: { key: { contains: prefix } }, select: { id: true } });
    created.push(...jobs.map((j) => j.id));
    return jobs.map((j) => j.id);
  }

  it("takes a page due now before a longer backlog of older notifications", async () => {
    const now = new Date();
    // More notifications than one claim ranks, all due long before the page and the subscriber mail.
    await queue("notification", RANKED_AT_MOST + 50, new Date(LONG_AGO.getTime() + 10));
    const [page] = await queue("page", 1, now);

    // A claim's jobs come back in no particular order: what matters is which were taken.
    const first = await claimDue(db, "worker-order", now, 3, "deliveries");
    const classes = (jobs: { key: string }[]) => jobs.map((j) => j.key.match(/claim-order-(\w+)-/)?.[1]).sort();
    expect(first.map((j) => j.id)).toContain(page);
    expect(classes(first)).toEqual(["notification", "notification", "page"]);

    // The rest of the backlog comes with the next claims, one ranked window at a time.
    const rest = await claimDue(db, "worker-order", now, 1000, "deliveries");
    expect(classes(rest).filter((c) => c === "notification").length).toBe(RANKED_AT_MOST);
  });

  it("claims subscriber mail after notifications and webhooks that fell due later", async () => {
    const now = new Date();
    await queue("subscriber", 3, LONG_AGO);
    await queue("notification", 5, new Date(now.getTime() - 10));
    const [webhook] = await queue("webhook", 1, now);
    const classes = (jobs: { key: string }[]) => jobs.map((j) => j.key.match(/claim-order-(\w+)-/)?.[1]).sort();
    const first = await claimDue(db, "worker-order", now, 6, "deliveries");
    expect(first.map((j) => j.id)).toContain(webhook);
    expect(classes(first)).toEqual([...Array(5).fill("notification"), "webhook"]);
    expect(classes(await claimDue(db, "worker-order", now, 6, "deliveries"))).toEqual(Array(3).fill("subscriber"));
  });

  it("gives pages every free slot but holds the others to their share", async () => {
    const now = new Date(Date.now() - 10);
    await queue("notification", 4, LONG_AGO);
    await queue("page", 2, now);
    const claimed = await claimDue(db, "worker-order", new Date(), 5, "deliveries", STALE_LOCK_MS, true, 8, 1);
    expect(claimed.map((j) => j.key.match(/claim-order-(\w+)-/)?.[1]).sort()).toEqual(["notification", "page", "page"]);
  });

  it("holds each worker to the per-target limit on its own sends, so a killed worker's live leases never close the target", async () => {
    const now = new Date();
    const prefix = `claim-target-${randomUUID()}`;
    const deliveries = await db.delivery.createManyAndReturn({
      data: Array.from({ length: 6 }, (_, i) => ({
        channel: "EMAIL" as const,
        recipient: `r${i}@example.com`,
        target: SMTP_TARGET,
        subject: "s",
        body: "b",
        idempotencyKey: `${prefix}-${i}`,
      })),
    });
    await enqueue(
      db,
      deliveries.map((d, i) => deliverJob(d.id, "notification", new Date(LONG_AGO.getTime() + i), 0)),
    );
    const jobs = await db.job.findMany({
      where: { OR: deliveries.map((d) => ({ key: { contains: d.id } })) },
      orderBy: { runAt: "asc" },
    });
    created.push(...jobs.map((j) => j.id));
    // Two sends in flight to the SMTP server under a lease that is still live: their worker was just killed.
    await db.job.updateMany({
      where: { id: { in: jobs.slice(0, 2).map((j) => j.id) } },
      data: { status: "RUNNING", lockedBy: "killed", lockedAt: now },
    });
    const claimed = await claimDue(db, "replacement", now, 16, "deliveries", STALE_LOCK_MS, true, 2);
    expect(claimed.map((j) => j.id).sort()).toEqual(
      jobs
        .slice(2, 4)
        .map((j) => j.id)
        .sort(),
    );
    // Its own two in flight fill its room for that target.
    expect(await claimDue(db, "replacement", now, 16, "deliveries", STALE_LOCK_MS, true, 2)).toEqual([]);
    await db.delivery.deleteMany({ where: { idempotencyKey: { startsWith: prefix } } });
  });

  it("claims an escalation before an obligation that fell due earlier", async () => {
    const prefix = `claim-order-timers-${randomUUID()}`;
    const now = new Date();
    await enqueue(db, [
      { kind: "obligation", key: `${prefix}:obligation`, runAt: LONG_AGO, payload: { obligationId: prefix } },
      {
        kind: "escalate",
        key: `${prefix}:escalate`,
        runAt: now,
        payload: { incidentId: prefix, round: 0, position: 1, at: now.toISOString() },
      },
    ]);
    const rows = await db.job.findMany({ where: { key: { startsWith: prefix } }, select: { id: true } });
    created.push(...rows.map((r) => r.id));
    const [first] = await claimDue(db, "worker-order", now, 1, "timers");
    expect(first?.key).toBe(`${prefix}:escalate`);
  });

  it("stores a priority on every delivery job and none on timers, so the claim sees every delivery", async () => {
    const [id] = await queue("webhook", 1, LONG_AGO);
    const prefix = `claim-order-timer-${randomUUID()}`;
    await enqueue(db, [
      { kind: "deliver", key: `${prefix}:deliver`, runAt: LONG_AGO, payload: { deliveryId: prefix } },
      { kind: "obligation", key: `${prefix}:obligation`, runAt: LONG_AGO, payload: { obligationId: prefix } },
    ]);
    const rows = await db.job.findMany({
      where: { OR: [{ id }, { key: { startsWith: prefix } }] },
      select: { id: true, kind: true, priority: true },
    });
    created.push(...rows.map((r) => r.id));
    expect(Object.fromEntries(rows.map((r) => [r.id === id ? "webhook" : r.kind, r.priority]))).toEqual({
      webhook: 2,
      deliver: 1,
      obligation: null,
    });
  });
});
