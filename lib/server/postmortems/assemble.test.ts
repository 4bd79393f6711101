// Assembling a postmortem against a real database: a timeline entry per incident event with the
// suggested marks, key times derived from the incident, and a second assembly that adds only what
// is new and never undoes the author's edits or corrections.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { later } from "../incidents/test-fixtures";
import { assemblePostmortem } from "./assemble";
import { assembledPostmortem, entriesOf, keyTimesOf } from "./assemble-test-fixtures";
import { correctKeyTime } from "./correct-key-time";
import { editTimelineEntry } from "./edit-timeline-entry";
import { refreshTimeline } from "./refresh-timeline";

describe("assemblePostmortem", () => {
  it("makes a system entry per incident event, marked as the plan reads them, and derives the key times", async () => {
    const { postmortem, t0, added } = await assembledPostmortem();
    const entries = await entriesOf(postmortem.id);
    const story = entries.filter((e) => e.eventKind !== "NOTIFICATION_SENT" && e.eventKind !== "REMINDER");
    expect(story.map((e) => [e.eventKind, (e.occurredAt.getTime() - t0.getTime()) / 60_000, e.mark, e.hidden])).toEqual(
      [
        ["DECLARED", 0, "DETECTION", false],
        ["ACKNOWLEDGED", 4, "KEY_MOMENT", false],
        ["NOTE", 10, null, false],
        ["STATUS_CHANGED", 20, "DIAGNOSIS", false],
        ["STATUS_CHANGED", 40, "REPAIR", false],
        ["STATUS_CHANGED", 60, "KEY_MOMENT", false],
      ],
    );
    expect(added).toEqual({ added: entries.length });
    expect(entries.every((e) => e.source === "SYSTEM" && e.systemText === e.text && e.eventId)).toBe(true);
    expect(story[2].text).toMatch(/^Note from .*: Registry quota exhausted$/);

    const times = await keyTimesOf(postmortem.id);
    const offset = (d: Date | null) => (d ? (d.getTime() - t0.getTime()) / 60_000 : null);
    expect(
      Object.fromEntries(Object.entries(times).map(([k, v]) => [k, [offset(v.derivedAt), offset(v.at), v.reason]])),
    ).toEqual({
      IMPACT_STARTED: [0, 0, null],
      DETECTED: [0, 0, null],
      ACKNOWLEDGED: [4, 4, null],
      MITIGATED: [40, 40, null],
      RESOLVED: [60, 60, null],
    });
  });

  it("is idempotent: a second run adds nothing and rewrites nothing", async () => {
    const { postmortem, assembledAt } = await assembledPostmortem();
    const entries = await entriesOf(postmortem.id);
    const keyTimes = await db.postmortemKeyTime.findMany({
      where: { postmortemId: postmortem.id },
      orderBy: { kind: "asc" },
    });
    const again = await db.$transaction((tx) => assemblePostmortem(tx, postmortem.id, later(assembledAt, 1)));
    expect(again).toEqual({ added: 0 });
    expect(await entriesOf(postmortem.id)).toEqual(entries);
    expect(
      await db.postmortemKeyTime.findMany({ where: { postmortemId: postmortem.id }, orderBy: { kind: "asc" } }),
    ).toEqual(keyTimes);
  });

  it("picks up a new event and a changed incident time, keeping the author's edits and corrections", async () => {
    const { commander, incident, postmortem, t0, assembledAt } = await assembledPostmortem();
    const author = ctxOf(commander, assembledAt);
    const [declared] = await entriesOf(postmortem.id);
    await editTimelineEntry(author, {
      entryId: declared.id,
      text: "Alert fired; incident declared",
      mark: "",
      hidden: "true",
    });
    await correctKeyTime(author, {
      postmortemId: postmortem.id,
      kind: "IMPACT_STARTED",
      at: later(t0, -12).toISOString(),
      reason: "Error rate rose twelve minutes before the alert",
    });
    // Something recorded after the first assembly, and the incident's detection time fixed in the record.
    const late = await db.incidentEvent.create({
      data: {
        incidentId: incident.id,
        kind: "NOTE",
        message: "Customer confirmed recovery",
        occurredAt: later(t0, 80),
      },
    });
    await db.incident.update({
      where: { id: incident.id },
      data: { detectedAt: later(t0, 3), startedAt: later(t0, -1) },
    });

    const result = await refreshTimeline(ctxOf(commander, later(assembledAt, 5)), { postmortemId: postmortem.id });
    expect(result).toEqual({ added: 1 });
    const entries = await entriesOf(postmortem.id);
    expect(entries.filter((e) => e.eventId === late.id)).toHaveLength(1);
    const kept = entries.find((e) => e.id === declared.id)!;
    expect(kept).toMatchObject({
      text: "Alert fired; incident declared",
      mark: null,
      hidden: true,
      systemText: declared.text,
    });

    const times = await keyTimesOf(postmortem.id);
    expect(times.DETECTED.derivedAt).toEqual(later(t0, 3));
    expect(times.DETECTED.at).toEqual(later(t0, 3));
    // The correction stays in force; the record underneath it moves.
    expect(times.IMPACT_STARTED.derivedAt).toEqual(later(t0, -1));
    expect(times.IMPACT_STARTED.at).toEqual(later(t0, -12));
    expect(times.IMPACT_STARTED.reason).toBe("Error rate rose twelve minutes before the alert");

    const audit = await db.auditLog.findFirst({
      where: { entityId: postmortem.id, action: "postmortem.timeline.refresh" },
    });
    expect(audit).toMatchObject({ actorId: commander.id, after: { added: 1 } });
  });

  it("leaves events after `now` for a later assembly", async () => {
    const { incident, postmortem, assembledAt } = await assembledPostmortem();
    await db.incidentEvent.create({
      data: { incidentId: incident.id, kind: "NOTE", message: "Written later", occurredAt: later(assembledAt, 30) },
    });
    const before = await db.$transaction((tx) => assemblePostmortem(tx, postmortem.id, later(assembledAt, 10)));
    expect(before).toEqual({ added: 0 });
    const after = await db.$transaction((tx) => assemblePostmortem(tx, postmortem.id, later(assembledAt, 31)));
    expect(after).toEqual({ added: 1 });
  });

  it("refuses to refresh for a reader and for a published postmortem", async () => {
    const { stakeholder, commander, postmortem, assembledAt } = await assembledPostmortem();
    const denied = await rejection(() =>
      refreshTimeline(ctxOf(stakeholder, assembledAt), { postmortemId: postmortem.id }),
    );
    expect(denied.code).toBe("FORBIDDEN");
    await db.postmortem.update({ where: { id: postmortem.id }, data: { status: "PUBLISHED" } });
    const published = await rejection(() =>
      refreshTimeline(ctxOf(commander, assembledAt), { postmortemId: postmortem.id }),
    );
    expect(published.code).toBe("CONFLICT");
    expect(published.fieldErrors).toEqual({ postmortemId: ["Published postmortems are read-only"] });
  });
});
