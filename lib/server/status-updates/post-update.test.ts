// Posting an update from the incident page: the update row, one delivery per group member and
// channel with that channel's text, the incident moved and published, the next-update promise
// with its reminder job, jobs for the status page and subscribers, one send per key, the role
// check, and drafts that leave the incident unpublished.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { declare, later, users, type TestUser } from "../incidents/test-fixtures";
import { postUpdate } from "./post-update";
import { mixedGroup, postInput } from "./test-fixtures";

describe("postUpdate", () => {
  const t0 = new Date("2026-07-01T10:00:00Z");
  let commander: TestUser, responder: TestUser, member: TestUser;

  beforeAll(async () => {
    [commander, responder, member] = await users("COMMANDER", "RESPONDER", "RESPONDER");
  });

  it("publishes, sends each channel its copy, moves the incident and promises the next update", async () => {
    const incident = await declare(commander, { now: t0 });
    const group = await mixedGroup(member);
    const now = later(t0, 3);
    const input = postInput(incident.id, { groupIds: [group.id], notifySubscribers: true, publicTitle: "Slow docs" });
    const result = await postUpdate(ctxOf(commander, now), input);
    expect(result).toMatchObject({ id: input.key, repeated: false, deliveries: 4, publishedAt: now });

    const update = await db.statusUpdate.findUniqueOrThrow({ where: { id: input.key } });
    expect(update).toMatchObject({
      status: "IDENTIFIED",
      message: input.message,
      subject: input.subject,
      shortText: input.shortText,
      public: true,
      notifySubscribers: true,
      groupIds: [group.id],
      authorId: commander.id,
      publishedAt: now,
      nextUpdateAt: later(now, 30),
    });

    const deliveries = await db.delivery.findMany({ where: { statusUpdateId: update.id } });
    expect(deliveries.map((d) => `${d.channel} ${d.recipient}: ${d.body}`).sort()).toEqual(
      [
        `EMAIL ${member.email}: ${input.body}`,
        `EMAIL ${group.key}@example.com: ${input.body}`,
        `IN_APP ${member.email}: ${input.body}`,
        `WEBHOOK http://127.0.0.1:9/${group.key}: ${input.shortText}`,
      ].sort(),
    );
    const email = deliveries.find((d) => d.channel === "EMAIL")!;
    expect(email.html).toBe("<p>We found the cause.</p>\n<p>A fix is being rolled out.</p>");
    expect(deliveries.every((d) => d.subject === input.subject)).toBe(true);
    const sends = await db.job.count({
      where: { kind: "deliver", key: { in: deliveries.map((d) => `deliver:${d.id}:0`) } },
    });
    expect(sends).toBe(3); // in-app is delivered by being written

    const after = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(after).toMatchObject({
      status: "IDENTIFIED",
      publishedAt: now,
      publicTitle: "Slow docs",
      nextUpdateAt: later(now, 30),
    });
    const jobs = await db.job.findMany({
      where: {
        key: {
          in: [
            `update-reminder:${incident.id}:${later(now, 30).toISOString()}`,
            `status-snapshot:${now.toISOString()}`,
            `subscribers:update:${update.id}`,
          ],
        },
      },
    });
    expect(jobs.map((j) => j.kind).sort()).toEqual(["notify-subscribers", "status-snapshot", "update-reminder"]);
    expect(jobs.find((j) => j.kind === "update-reminder")!.runAt).toEqual(later(now, 30));

    const events = await db.incidentEvent.findMany({
      where: { incidentId: incident.id },
      orderBy: { occurredAt: "asc" },
    });
    const posted = events.find((e) => e.kind === "STATUS_UPDATE_POSTED")!;
    expect(posted.message).toBe(
      `Update (IDENTIFIED) posted to status page, subscribers, ${group.name} (4 messages); next update by 10:33 UTC`,
    );
    expect(posted.message).not.toContain("@");
    expect(events.some((e) => e.kind === "STATUS_CHANGED")).toBe(true);
    const audit = await db.auditLog.findMany({ where: { entityId: update.id } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["status-update.publish", commander.id]]);
  });

  it("sends once when the same form is submitted twice, even at the same moment", async () => {
    const incident = await declare(commander, { now: t0 });
    const group = await mixedGroup(member);
    const input = postInput(incident.id, { groupIds: [group.id] });
    const ctx = ctxOf(commander, later(t0, 1));
    const results = await Promise.all([postUpdate(ctx, input), postUpdate(ctx, input)]);
    expect(results.map((r) => r.repeated).sort()).toEqual([false, true]);
    expect(await db.statusUpdate.count({ where: { incidentId: incident.id } })).toBe(1);
    expect(await db.delivery.count({ where: { statusUpdateId: input.key } })).toBe(4);
    expect(await db.incidentEvent.count({ where: { incidentId: incident.id, kind: "STATUS_UPDATE_POSTED" } })).toBe(1);
    const audit = await db.auditLog.findMany({ where: { entityId: input.key }, orderBy: { action: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["status-update.publish", "status-update.repeat"]);
  });

  it("keeps a draft off the status page: the incident stays unpublished and nothing public is queued", async () => {
    const incident = await declare(commander, { now: t0 });
    const group = await mixedGroup(member);
    const now = later(t0, 2);
    const input = postInput(incident.id, { public: false, groupIds: [group.id], status: "INVESTIGATING" });
    await postUpdate(ctxOf(commander, now), input);
    const update = await db.statusUpdate.findUniqueOrThrow({ where: { id: input.key } });
    expect(update).toMatchObject({ public: false, publishedAt: null });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      publishedAt: null,
      status: "INVESTIGATING",
    });
    expect(await db.job.count({ where: { key: `status-snapshot:${now.toISOString()}` } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: input.key, action: "status-update.draft" } })).toBe(1);
  });

  it("lets only commanders and admins post", async () => {
    const incident = await declare(commander, { now: t0 });
    const input = postInput(incident.id);
    expect((await rejection(() => postUpdate(ctxOf(responder), input))).code).toBe("FORBIDDEN");
    expect(await db.statusUpdate.count({ where: { id: input.key } })).toBe(0);
  });

  it("names each bad field, and refuses unfilled placeholders so nothing goes out blank", async () => {
    const incident = await declare(commander, { now: t0 });
    const error = await rejection(() =>
      postUpdate(
        ctxOf(commander),
        postInput(incident.id, {
          public: false,
          body: "Fixed at {resolution_time}",
          nextUpdate: "custom",
        }),
      ),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toMatchObject({
      audiences: ["Choose at least one audience"],
      body: ["Fill in {resolution_time} before sending"],
      customMinutes: ["How many minutes?"],
    });
    const unknownGroup = await rejection(() =>
      postUpdate(ctxOf(commander), postInput(incident.id, { groupIds: ["nope"] })),
    );
    expect(unknownGroup.fieldErrors).toEqual({ groupIds: ["Choose groups from the list"] });
  });

  it("sets per-component public state, and promises nothing once resolved", async () => {
    const incident = await declare(commander, { now: t0, components: ["documentation-generation", "ci-cd-pipeline"] });
    const [first] = await db.incidentComponent.findMany({ where: { incidentId: incident.id } });
    const now = later(t0, 9);
    const input = postInput(incident.id, {
      status: "RESOLVED",
      nextUpdate: "none",
      componentStates: { [first.componentId]: "DEGRADED_PERFORMANCE" },
    });
    const result = await postUpdate(ctxOf(commander, now), input);
    expect(result.nextUpdateAt).toBeNull();
    const after = await db.incident.findUniqueOrThrow({ where: { id: incident.id }, include: { components: true } });
    expect(after).toMatchObject({ status: "RESOLVED", resolvedAt: now, nextUpdateAt: null });
    expect(after.components.find((c) => c.componentId === first.componentId)!.publicState).toBe("DEGRADED_PERFORMANCE");
    const stray = await rejection(() =>
      postUpdate(
        ctxOf(commander),
        postInput(incident.id, { status: "INVESTIGATING", componentStates: { "not-mine": "MAJOR_OUTAGE" } }),
      ),
    );
    expect(stray.fieldErrors).toEqual({ "componentStates.not-mine": ["Not a component of this incident"] });
  });
});
