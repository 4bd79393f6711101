// The next-update promise: each post schedules a reminder at its promised time; a newer promise
// makes the older reminder do nothing; a reminder that finds its promise unkept tells the
// commander in the app and on the timeline; resolving ends the promise.
import { beforeAll, describe, expect, it } from "vitest";
import { parseJob, updateReminderKeyPrefix } from "@/lib/domain/jobs";
import { systemCtx } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { ctxOf } from "@/scripts/test/fixtures";
import { declare, later, users, type TestUser } from "../incidents/test-fixtures";
import { HANDLERS } from "../jobs/handlers";
import { postUpdate } from "./post-update";
import { postInput } from "./test-fixtures";

/** Runs a stored reminder job's handler at `now`, as the worker would. */
async function fire(key: string, now: Date) {
  const job = await db.job.findUniqueOrThrow({ where: { key } });
  const parsed = parseJob(job.kind, job.payload);
  if (parsed.kind !== "update-reminder") throw new Error(`not a reminder: ${job.kind}`);
  await HANDLERS["update-reminder"](systemCtx(now), parsed.payload);
}

const reminders = (incidentId: string) =>
  db.job.findMany({ where: { key: { startsWith: updateReminderKeyPrefix(incidentId) } }, orderBy: { runAt: "asc" } });
const reminderEvents = (incidentId: string) => db.incidentEvent.findMany({ where: { incidentId, kind: "REMINDER" } });

describe("update-reminder", () => {
  const t0 = new Date("2026-07-02T08:00:00Z");
  let commander: TestUser;

  beforeAll(async () => {
    [commander] = await users("COMMANDER");
  });

  it("is replaced by a newer promise: the old reminder does nothing, the new one reminds", async () => {
    const incident = await declare(commander, { now: t0 });
    await postUpdate(ctxOf(commander, later(t0, 1)), postInput(incident.id, { nextUpdate: "15" }));
    await postUpdate(ctxOf(commander, later(t0, 10)), postInput(incident.id, { nextUpdate: "30" }));
    const [old, current] = await reminders(incident.id);
    expect([old.runAt, current.runAt]).toEqual([later(t0, 16), later(t0, 40)]);

    await fire(old.key, later(t0, 16));
    expect(await reminderEvents(incident.id)).toHaveLength(0);

    await fire(current.key, later(t0, 40));
    const events = await reminderEvents(incident.id);
    expect(events.map((e) => e.message)).toEqual(["The promised next update is due; commander reminded"]);
    const inApp = await db.delivery.findMany({
      where: { incidentId: incident.id, idempotencyKey: { startsWith: "update-reminder:" } },
    });
    expect(inApp.map((d) => [d.channel, d.userId, d.status])).toEqual([["IN_APP", commander.id, "SENT"]]);
    expect(inApp[0].subject).toBe(`Update overdue: incident #${incident.number}`);

    // At-least-once: the same reminder run again reminds nobody twice.
    await fire(current.key, later(t0, 41));
    expect(
      await db.delivery.count({
        where: { incidentId: incident.id, idempotencyKey: { startsWith: "update-reminder:" } },
      }),
    ).toBe(1);
    expect(await reminderEvents(incident.id)).toHaveLength(1);
  });

  it("does nothing once the incident is resolved", async () => {
    const incident = await declare(commander, { now: t0 });
    await postUpdate(ctxOf(commander, later(t0, 1)), postInput(incident.id, { nextUpdate: "15" }));
    const [job] = await reminders(incident.id);
    await db.incident.update({ where: { id: incident.id }, data: { status: "RESOLVED", resolvedAt: later(t0, 5) } });
    await fire(job.key, later(t0, 16));
    expect(await reminderEvents(incident.id)).toHaveLength(0);
  });

  it("stops when a resolving update clears the promise", async () => {
    const incident = await declare(commander, { now: t0 });
    await postUpdate(ctxOf(commander, later(t0, 1)), postInput(incident.id, { nextUpdate: "60" }));
    await postUpdate(
      ctxOf(commander, later(t0, 20)),
      postInput(incident.id, { status: "RESOLVED", nextUpdate: "none" }),
    );
    const jobs = await reminders(incident.id);
    expect(jobs).toHaveLength(1);
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).nextUpdateAt).toBeNull();
    await fire(jobs[0].key, later(t0, 61));
    expect(await reminderEvents(incident.id)).toHaveLength(0);
  });
});
