// The author's changes to the assembled parts against a real database: rewording, marking and
// hiding entries, adding and removing a person's entries, correcting key times with a reason,
// comments on plan vs. reality; each audited, each refused for readers and once published.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { componentIds, later } from "../incidents/test-fixtures";
import { addTimelineEntry } from "./add-timeline-entry";
import { assembledPostmortem, entriesOf, keyTimesOf } from "./assemble-test-fixtures";
import { correctKeyTime } from "./correct-key-time";
import { editTimelineEntry } from "./edit-timeline-entry";
import { getKeyTimes } from "./get-key-times";
import { getPlanVsReality } from "./get-plan-vs-reality";
import { getTimeline } from "./get-timeline";
import { removeTimelineEntry } from "./remove-timeline-entry";
import { savePlanNote } from "./save-plan-note";

const auditOf = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { at: "asc" } });

describe("editTimelineEntry", () => {
  it("rewords a system entry keeping the event's wording, marks, hides and shows it, audited", async () => {
    const { commander, postmortem, assembledAt } = await assembledPostmortem();
    const author = ctxOf(commander, assembledAt);
    const note = (await entriesOf(postmortem.id)).find((e) => e.eventKind === "NOTE")!;
    const edited = await editTimelineEntry(author, {
      entryId: note.id,
      text: "  Found the registry quota full  ",
      mark: "DIAGNOSIS",
    });
    expect(edited).toMatchObject({
      text: "Found the registry quota full",
      systemText: note.text,
      mark: "DIAGNOSIS",
      hidden: false,
      source: "SYSTEM",
      editedById: commander.id,
    });
    // Only what is sent changes: hiding leaves the wording and the mark alone.
    expect(
      await editTimelineEntry(ctxOf(commander, later(assembledAt, 1)), { entryId: note.id, hidden: "true" }),
    ).toMatchObject({
      text: "Found the registry quota full",
      mark: "DIAGNOSIS",
      hidden: true,
    });
    const shown = ctxOf(commander, later(assembledAt, 2));
    expect(await editTimelineEntry(shown, { entryId: note.id, hidden: "false", mark: "" })).toMatchObject({
      hidden: false,
      mark: null,
    });
    const audit = await auditOf(note.id);
    expect(audit.map((a) => a.action)).toEqual([
      "postmortem.timeline.edit",
      "postmortem.timeline.edit",
      "postmortem.timeline.edit",
    ]);
    expect(audit[0].before).toMatchObject({ text: note.text });
    expect(audit[0].after).toMatchObject({ text: "Found the registry quota full" });
  });

  it("names the bad field: empty text, an unknown mark, a missing entry", async () => {
    const { commander, postmortem, assembledAt } = await assembledPostmortem();
    const author = ctxOf(commander, assembledAt);
    const [entry] = await entriesOf(postmortem.id);
    const empty = await rejection(() =>
      editTimelineEntry(author, { entryId: entry.id, text: "   ", mark: "SOMETHING" }),
    );
    expect(empty.code).toBe("VALIDATION");
    expect(empty.fieldErrors).toEqual({ text: ["Text is required"], mark: ["Choose a mark from the list"] });
    const missing = await rejection(() => editTimelineEntry(author, { entryId: "nope", hidden: "true" }));
    expect(missing).toMatchObject({ code: "NOT_FOUND", fieldErrors: { entryId: ["No such timeline entry"] } });
  });
});

describe("addTimelineEntry and removeTimelineEntry", () => {
  it("adds a person's entry at the time given, and removes only such entries", async () => {
    const { commander, postmortem, t0, assembledAt } = await assembledPostmortem();
    const author = ctxOf(commander, assembledAt);
    const added = await addTimelineEntry(author, {
      postmortemId: postmortem.id,
      occurredAt: later(t0, -5).toISOString(),
      text: "Support ticket: docs pages time out",
      mark: "DETECTION",
    });
    expect(added).toMatchObject({ source: "PERSON", systemText: null, eventId: null, mark: "DETECTION" });
    const timeline = await getTimeline(author, postmortem.id);
    expect(timeline[0]).toMatchObject({ id: added.id, text: "Support ticket: docs pages time out" });
    expect(timeline[0].editedBy?.name).toBe(commander.name);

    const system = timeline.find((e) => e.source === "SYSTEM")!;
    const refused = await rejection(() => removeTimelineEntry(author, { entryId: system.id }));
    expect(refused).toMatchObject({ code: "CONFLICT", fieldErrors: { entryId: ["Hide this entry instead"] } });

    await removeTimelineEntry(ctxOf(commander, later(assembledAt, 1)), { entryId: added.id });
    expect(await db.postmortemTimelineEntry.findUnique({ where: { id: added.id } })).toBeNull();
    expect((await auditOf(added.id)).map((a) => a.action)).toEqual([
      "postmortem.timeline.add",
      "postmortem.timeline.remove",
    ]);
  });

  it("refuses a time that is not a time, or lies in the future, on the time field", async () => {
    const { commander, postmortem, assembledAt } = await assembledPostmortem();
    const author = ctxOf(commander, assembledAt);
    const garbled = await rejection(() =>
      addTimelineEntry(author, { postmortemId: postmortem.id, occurredAt: "yesterday-ish", text: "" }),
    );
    expect(garbled.fieldErrors).toEqual({
      occurredAt: ["Enter time as a date and a time"],
      text: ["Text is required"],
    });
    const blank = await rejection(() =>
      addTimelineEntry(author, { postmortemId: postmortem.id, occurredAt: "", text: "x" }),
    );
    expect(blank.fieldErrors).toEqual({ occurredAt: ["Time is required"] });
    const future = await rejection(() =>
      addTimelineEntry(author, {
        postmortemId: postmortem.id,
        occurredAt: later(assembledAt, 10).toISOString(),
        text: "x",
      }),
    );
    expect(future).toMatchObject({ code: "VALIDATION", fieldErrors: { occurredAt: ["The time is in the future"] } });
    expect(await db.postmortemTimelineEntry.count({ where: { postmortemId: postmortem.id, source: "PERSON" } })).toBe(
      0,
    );
  });
});

describe("correctKeyTime", () => {
  it("needs a time and a reason, records who corrected it, and clearing goes back to the derived time", async () => {
    const { commander, postmortem, t0, assembledAt } = await assembledPostmortem();
    const author = ctxOf(commander, assembledAt);
    const noReason = await rejection(() =>
      correctKeyTime(author, { postmortemId: postmortem.id, kind: "DETECTED", at: "", reason: " " }),
    );
    expect(noReason.fieldErrors).toEqual({ at: ["Time is required"], reason: ["Say why the recorded time is wrong"] });

    const corrected = await correctKeyTime(author, {
      postmortemId: postmortem.id,
      kind: "MITIGATED",
      at: later(t0, 35).toISOString(),
      reason: "Traffic was moved to the backup registry before the status was changed",
    });
    expect(corrected).toMatchObject({ at: later(t0, 35), derivedAt: later(t0, 40), correctedById: commander.id });
    const read = await getKeyTimes(author, postmortem.id);
    expect(read.rows.find((r) => r.kind === "MITIGATED")).toMatchObject({
      at: later(t0, 35),
      derivedAt: later(t0, 40),
      corrected: true,
      correctedBy: commander.name,
    });
    expect(read.durations.find((d) => d.key === "TTM")?.ms).toBe(35 * 60_000);
    expect(read.problems).toEqual([]);

    await correctKeyTime(ctxOf(commander, later(assembledAt, 1)), {
      postmortemId: postmortem.id,
      kind: "MITIGATED",
      clear: "true",
    });
    expect((await keyTimesOf(postmortem.id)).MITIGATED).toMatchObject({
      at: later(t0, 40),
      reason: null,
      correctedById: null,
    });
    const audit = await db.auditLog.findMany({ where: { entityId: corrected.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["postmortem.key-time.correct", "postmortem.key-time.clear"]);
  });

  it("shows an impossible order in words once a correction makes one", async () => {
    const { commander, postmortem, t0, assembledAt } = await assembledPostmortem();
    const author = ctxOf(commander, assembledAt);
    await correctKeyTime(author, {
      postmortemId: postmortem.id,
      kind: "RESOLVED",
      at: later(t0, 30).toISOString(),
      reason: "Typed from the chat log",
    });
    expect((await getKeyTimes(author, postmortem.id)).problems).toEqual(["Resolved is 10 min before mitigated."]);
  });
});

describe("savePlanNote and getPlanVsReality", () => {
  it("shows the rows for the incident and keeps one comment per row; an empty comment removes it", async () => {
    const { commander, postmortem, t0, assembledAt } = await assembledPostmortem({ components: ["critical-service"] });
    const author = ctxOf(commander, assembledAt);
    const [componentId] = await componentIds("critical-service");
    const rows = await getPlanVsReality(author, postmortem.id);
    const rto = rows.find((r) => r.rowKey === `rto:${componentId}`)!;
    // Critical Service's RTO is 4 h; mitigated 40 minutes after the start.
    expect(rto).toMatchObject({ plan: "RTO 4 h", reality: "Recovered in 40 min", verdict: "MET", note: null });
    // A corrected start moves the verdict: impact from 3 h 50 min before declaration is 4 h 30 min to recover.
    await correctKeyTime(author, {
      postmortemId: postmortem.id,
      kind: "IMPACT_STARTED",
      at: later(t0, -230).toISOString(),
      reason: "Errors began long before the alert",
    });
    expect((await getPlanVsReality(author, postmortem.id)).find((r) => r.rowKey === rto.rowKey)).toMatchObject({
      reality: "Recovered in 4 h 30 min",
      verdict: "BREACHED",
      verdictText: "breached by 30 min",
    });
    expect(rows.some((r) => r.kind === "rpo")).toBe(true);
    expect(rows.filter((r) => r.kind === "obligation").length).toBeGreaterThan(0);

    const bad = await rejection(() =>
      savePlanNote(author, { postmortemId: postmortem.id, rowKey: "other:1", comment: "x" }),
    );
    expect(bad.fieldErrors).toEqual({ rowKey: ["Not a row of plan vs. reality"] });

    await savePlanNote(author, {
      postmortemId: postmortem.id,
      rowKey: rto.rowKey,
      comment: "Failover runbook took 25 min",
    });
    await savePlanNote(ctxOf(commander, later(assembledAt, 1)), {
      postmortemId: postmortem.id,
      rowKey: rto.rowKey,
      comment: "Failover runbook took 30 min",
    });
    const withNote = (await getPlanVsReality(author, postmortem.id)).find((r) => r.rowKey === rto.rowKey)!;
    expect(withNote.note).toMatchObject({ comment: "Failover runbook took 30 min", author: commander.name });

    await savePlanNote(ctxOf(commander, later(assembledAt, 2)), {
      postmortemId: postmortem.id,
      rowKey: rto.rowKey,
      comment: "  ",
    });
    expect(await db.postmortemPlanNote.count({ where: { postmortemId: postmortem.id } })).toBe(0);
    const audit = await db.auditLog.findMany({
      where: { entityType: "PostmortemPlanNote", actorId: commander.id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "postmortem.plan-note.save",
      "postmortem.plan-note.save",
      "postmortem.plan-note.remove",
    ]);
  });
});

describe("refusals", () => {
  it("refuses every change once published and every change from a reader, writing nothing", async () => {
    const { commander, stakeholder, postmortem, t0, assembledAt } = await assembledPostmortem();
    const [entry] = await entriesOf(postmortem.id);
    const person = await addTimelineEntry(ctxOf(commander, assembledAt), {
      postmortemId: postmortem.id,
      occurredAt: later(t0, 1).toISOString(),
      text: "Customer call",
    });
    const changes = [
      (ctx: ReturnType<typeof ctxOf>) => editTimelineEntry(ctx, { entryId: entry.id, text: "changed" }),
      (ctx: ReturnType<typeof ctxOf>) =>
        addTimelineEntry(ctx, { postmortemId: postmortem.id, occurredAt: t0.toISOString(), text: "x" }),
      (ctx: ReturnType<typeof ctxOf>) => removeTimelineEntry(ctx, { entryId: person.id }),
      (ctx: ReturnType<typeof ctxOf>) =>
        correctKeyTime(ctx, { postmortemId: postmortem.id, kind: "DETECTED", at: t0.toISOString(), reason: "r" }),
      (ctx: ReturnType<typeof ctxOf>) =>
        savePlanNote(ctx, { postmortemId: postmortem.id, rowKey: "escalation:0", comment: "c" }),
    ];
    for (const change of changes)
      expect((await rejection(() => change(ctxOf(stakeholder, assembledAt)))).code).toBe("FORBIDDEN");

    await db.postmortem.update({ where: { id: postmortem.id }, data: { status: "PUBLISHED" } });
    const before = await entriesOf(postmortem.id);
    for (const change of changes) {
      const error = await rejection(() => change(ctxOf(commander, assembledAt)));
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/published and read-only/);
    }
    expect(await entriesOf(postmortem.id)).toEqual(before);
    expect(await db.postmortemPlanNote.count({ where: { postmortemId: postmortem.id } })).toBe(0);
    expect((await keyTimesOf(postmortem.id)).DETECTED.reason).toBeNull();
  });
});
