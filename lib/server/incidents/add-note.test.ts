// Notes on the timeline: responders and up may write; the text is kept as typed (trimmed).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { addNote } from "./add-note";
import { declare, users, type TestUser } from "./test-fixtures";

describe("addNote", () => {
  let commander: TestUser, responder: TestUser, stakeholder: TestUser;
  let incidentId: string;

  beforeAll(async () => {
    [commander, responder, stakeholder] = await users("COMMANDER", "RESPONDER", "STAKEHOLDER");
    incidentId = (await declare(commander)).id;
  });

  it("appends a responder's note with the responder as actor", async () => {
    const now = new Date("2026-06-08T03:04:05Z");
    await addNote(ctxOf(responder, now), { incidentId, message: "  Restarted the renderer pods\nwatching p95  " });
    const note = await db.incidentEvent.findFirstOrThrow({ where: { incidentId, kind: "NOTE" } });
    expect(note).toMatchObject({
      actorId: responder.id,
      actorLabel: responder.email,
      occurredAt: now,
      message: "Restarted the renderer pods\nwatching p95",
    });
  });

  it("refuses an empty note on the message field, a stakeholder, and an unknown incident", async () => {
    expect(await rejection(() => addNote(ctxOf(responder), { incidentId, message: "   " }))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { message: ["Write a note"] },
    });
    expect((await rejection(() => addNote(ctxOf(stakeholder), { incidentId, message: "hi" }))).code).toBe("FORBIDDEN");
    expect((await rejection(() => addNote(ctxOf(responder), { incidentId: "nope", message: "hi" }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await db.incidentEvent.count({ where: { incidentId, kind: "NOTE" } })).toBe(1);
  });
});
