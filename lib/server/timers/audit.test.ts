// The timer audit against real Job rows. Times sit in a year no other test uses, so the
// figures below count only this file's deadlines.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { auditTimers } from "./audit";
import { getTimerAudit } from "./get-timer-audit";
import { listOverdueJobs } from "./list-overdue";
import { summarizeRecentLateness } from "./summary";

const NOW = new Date("2001-06-01T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const run = randomUUID().slice(0, 8);

type Spec = {
  name: string;
  planned: Date;
  fired?: Date;
  status?: "PENDING" | "RUNNING" | "DONE" | "FAILED";
  lastError?: string;
};
const ids: Record<string, string> = {};

async function job(spec: Spec) {
  const row = await db.job.create({
    data: {
      kind: "escalate",
      key: `timer-audit:${run}:${spec.name}`,
      payload: {},
      plannedAt: spec.planned,
      runAt: spec.planned,
      status: spec.status ?? (spec.fired ? "DONE" : "PENDING"),
      attempts: spec.fired ? 1 : 0,
      firedAt: spec.fired ?? null,
      completedAt: spec.fired && spec.status !== "RUNNING" ? spec.fired : null,
      lastError: spec.lastError ?? null,
    },
  });
  ids[spec.name] = row.id;
}

beforeAll(async () => {
  const hour = 3_600_000;
  await job({ name: "onTime", planned: ago(hour), fired: new Date(ago(hour).getTime() + 200) });
  await job({ name: "slightlyLate", planned: ago(2 * hour), fired: new Date(ago(2 * hour).getTime() + 59_000) });
  await job({ name: "late", planned: ago(3 * hour), fired: new Date(ago(3 * hour).getTime() + 95_000) });
  await job({
    name: "failed",
    planned: ago(4 * hour),
    fired: new Date(ago(4 * hour).getTime() + 1000),
    status: "FAILED",
    lastError: "SMTP refused",
  });
  await job({
    name: "lateLastWeek",
    planned: ago(7 * 24 * hour),
    fired: new Date(ago(7 * 24 * hour).getTime() + 10 * 60_000),
  });
  await job({ name: "overdue", planned: ago(5 * 60_000) });
  await job({ name: "justDue", planned: ago(30_000) });
  await job({ name: "future", planned: new Date(NOW.getTime() + 60_000) });
});

// Pending rows dated 2001 are due for any worker another test file starts: remove them.
afterAll(async () => {
  await db.job.deleteMany({ where: { key: { startsWith: `timer-audit:${run}:` } } });
});

describe("auditTimers", () => {
  it("flags deadlines that fired more than 60 s late and pending ones more than 60 s overdue, most late first", async () => {
    const flagged = (await auditTimers(db, NOW)).filter((f) => f.key.startsWith(`timer-audit:${run}:`));
    expect(flagged.map((f) => [f.id, f.reason, f.latenessMs])).toEqual([
      [ids.overdue, "OVERDUE", 300_000],
      [ids.late, "FIRED_LATE", 95_000],
    ]);
    expect(flagged[1].firedAt).toBeInstanceOf(Date);
    expect(flagged[0].firedAt).toBeNull();
  });

  it("looks further back when asked", async () => {
    const flagged = await auditTimers(db, NOW, { windowMs: 8 * 24 * 3_600_000 });
    expect(flagged.map((f) => f.id)).toContain(ids.lateLastWeek);
  });

  it("no longer flags an overdue deadline once a worker fires it", async () => {
    const planned = ago(10 * 60_000);
    const row = await db.job.create({
      data: { kind: "deliver", key: `timer-audit:${run}:picked-up`, payload: {}, plannedAt: planned, runAt: planned },
    });
    expect((await listOverdueJobs(db, NOW)).map((j) => j.id)).toContain(row.id);
    await db.job.update({ where: { id: row.id }, data: { status: "RUNNING", firedAt: ago(1000) } });
    expect((await listOverdueJobs(db, NOW)).map((j) => j.id)).not.toContain(row.id);
    await db.job.delete({ where: { id: row.id } });
  });
});

describe("summarizeRecentLateness", () => {
  it("counts fired deadlines of the last 24 h with p50, p99 and max lateness", async () => {
    expect(await summarizeRecentLateness(db, NOW)).toEqual({
      count: 4,
      p50: 1000,
      p99: 95_000,
      max: 95_000,
      lateCount: 1,
    });
  });
});

describe("getTimerAudit", () => {
  it("gives an admin the summary, the flagged, failed, overdue and recently fired deadlines", async () => {
    const admin = await createTestUser("ADMIN");
    const audit = await getTimerAudit(ctxOf(admin, NOW));
    expect(audit.summary.count).toBe(4);
    expect(audit.flagged.map((f) => f.id)).toEqual(expect.arrayContaining([ids.overdue, ids.late]));
    expect(audit.failed.find((j) => j.id === ids.failed)).toMatchObject({
      lastError: "SMTP refused",
      latenessMs: 1000,
    });
    expect(audit.overdue.map((j) => j.id)).toContain(ids.overdue);
    expect(audit.overdue.map((j) => j.id)).not.toContain(ids.justDue);
  });

  it.each(["COMMANDER", "RESPONDER", "STAKEHOLDER"] as const)("refuses a %s", async (role) => {
    const user = await createTestUser(role);
    expect((await rejection(() => getTimerAudit(ctxOf(user, NOW)))).code).toBe("FORBIDDEN");
  });
});
