// The retention sweep deletes only jobs that finished longer ago than the retention period, and
// schedules the next sweep: an interval after this one, or the next full hour if that is past.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { nextSweepAt, SWEEP_INTERVAL_MS, sweepJob } from "@/lib/domain/jobs";
import { systemCtx } from "../context";
import { db } from "../db";
import { handleSweep } from "./handlers/sweep";
import { captureLog } from "./test-worker";

const DAY = 24 * 60 * 60_000;
const prefix = `test-sweep:${randomUUID()}`;
const now = new Date();
const ago = (days: number) => new Date(now.getTime() - days * DAY);

afterEach(async () => {
  await db.job.deleteMany({ where: { key: { startsWith: prefix } } });
});

describe("handleSweep", () => {
  it("deletes DONE and FAILED jobs finished before the retention period, keeps the rest", async () => {
    const job = (name: string, data: { status: "PENDING" | "RUNNING" | "DONE" | "FAILED"; completedAt?: Date }) =>
      db.job.create({
        data: {
          kind: "obligation",
          key: `${prefix}:${name}`,
          payload: { obligationId: name },
          plannedAt: ago(40),
          runAt: ago(40),
          ...data,
        },
      });
    await job("done-old", { status: "DONE", completedAt: ago(31) });
    await job("failed-old", { status: "FAILED", completedAt: ago(31) });
    await job("done-recent", { status: "DONE", completedAt: ago(29) });
    await job("pending-old", { status: "PENDING" });
    await job("running-old", { status: "RUNNING" });
    const { log, lines } = captureLog();
    const at = new Date(nextSweepAt(now).getTime() - SWEEP_INTERVAL_MS);

    await handleSweep(systemCtx(now), { at }, { db, staleLockMs: 10_000, log }, 30);

    const left = await db.job.findMany({ where: { key: { startsWith: prefix } }, select: { key: true } });
    expect(left.map((j) => j.key.slice(prefix.length + 1)).sort()).toEqual([
      "done-recent",
      "pending-old",
      "running-old",
    ]);
    // Its status is not asserted: a test worker with a clock hours ahead may already have run it.
    expect(await db.job.findUnique({ where: { key: sweepJob(nextSweepAt(now)).key } })).toMatchObject({
      kind: "sweep",
      runAt: nextSweepAt(now),
    });
    expect(lines.find((l) => l.msg === "finished jobs swept")?.deleted).toBeGreaterThanOrEqual(2);
  });

  it("after a long pause schedules the next full hour, not every missed one", async () => {
    const { log } = captureLog();
    await handleSweep(systemCtx(now), { at: ago(3) }, { db, staleLockMs: 10_000, log }, 30);
    expect(await db.job.count({ where: { key: sweepJob(new Date(ago(3).getTime() + SWEEP_INTERVAL_MS)).key } })).toBe(
      0,
    );
    expect(await db.job.count({ where: { key: sweepJob(nextSweepAt(now)).key } })).toBe(1);
  });
});
