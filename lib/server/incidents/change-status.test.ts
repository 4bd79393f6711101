// Moving an incident through its lifecycle: legal moves stamp their times and are recorded;
// illegal ones are refused with a message that says what is allowed; a resolved one reopens.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { changeStatus } from "./change-status";
import { declare, later, users, type TestUser } from "./test-fixtures";

describe("changeStatus", () => {
  const t0 = new Date("2026-06-06T01:00:00Z");
  let commander: TestUser, responder: TestUser, stakeholder: TestUser;
  let incidentId: string;
  const load = () => db.incident.findUniqueOrThrow({ where: { id: incidentId }, include: { components: true } });

  beforeAll(async () => {
    [commander, responder, stakeholder] = await users("COMMANDER", "RESPONDER", "STAKEHOLDER");
    incidentId = (await declare(commander, { components: ["documentation-generation", "ci-cd-pipeline"], now: t0 })).id;
  });

  it("lets a responder move INVESTIGATING → IDENTIFIED, with the note on the timeline", async () => {
    const after = await changeStatus(ctxOf(responder, later(t0, 10)), {
      incidentId,
      status: "IDENTIFIED",
      note: "Bad deploy of the renderer",
    });
    expect(after).toMatchObject({ status: "IDENTIFIED", mitigatedAt: null, resolvedAt: null });
    const event = await db.incidentEvent.findFirstOrThrow({ where: { incidentId, kind: "STATUS_CHANGED" } });
    expect(event).toMatchObject({
      actorId: responder.id,
      message: "INVESTIGATING → IDENTIFIED: Bad deploy of the renderer",
      data: { from: "INVESTIGATING", to: "IDENTIFIED" },
    });
    expect(await db.auditLog.count({ where: { action: "incident.status", entityId: incidentId } })).toBe(1);
  });

  it("stamps mitigation on MONITORING", async () => {
    expect(await changeStatus(ctxOf(commander, later(t0, 20)), { incidentId, status: "MONITORING" })).toMatchObject({
      mitigatedAt: later(t0, 20),
    });
  });

  it("refuses a move to the same status with CONFLICT and says so", async () => {
    const error = await rejection(() =>
      changeStatus(ctxOf(commander, later(t0, 21)), { incidentId, status: "MONITORING" }),
    );
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "The incident is already MONITORING.",
      fieldErrors: { status: ["The incident is already MONITORING."] },
    });
  });

  it("resolves with root cause and resolution, restoring every component", async () => {
    const now = later(t0, 30);
    const after = await changeStatus(ctxOf(commander, now), {
      incidentId,
      status: "RESOLVED",
      rootCauseSummary: "Renderer leak",
      resolutionSummary: "Rolled back",
    });
    expect(after).toMatchObject({
      status: "RESOLVED",
      resolvedAt: now,
      mitigatedAt: later(t0, 20),
      rootCauseSummary: "Renderer leak",
      resolutionSummary: "Rolled back",
    });
    expect((await load()).components.every((c) => c.restoredAt?.getTime() === now.getTime())).toBe(true);
  });

  it("refuses an illegal move from RESOLVED with CONFLICT naming the allowed move, and changes nothing", async () => {
    const error = await rejection(() =>
      changeStatus(ctxOf(commander, later(t0, 31)), { incidentId, status: "IDENTIFIED" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      "An incident cannot go from RESOLVED to IDENTIFIED. From RESOLVED it can go to INVESTIGATING.",
    );
    expect(error.fieldErrors?.status).toEqual([error.message]);
    expect((await load()).status).toBe("RESOLVED");
  });

  it("reopens RESOLVED → INVESTIGATING, clearing resolution and mitigation times, audited as a reopen", async () => {
    const after = await changeStatus(ctxOf(responder, later(t0, 40)), {
      incidentId,
      status: "INVESTIGATING",
      note: "Errors are back",
    });
    expect(after).toMatchObject({
      status: "INVESTIGATING",
      resolvedAt: null,
      mitigatedAt: null,
      rootCauseSummary: "Renderer leak",
    });
    const events = await db.incidentEvent.findMany({
      where: { incidentId, kind: "STATUS_CHANGED" },
      orderBy: { occurredAt: "desc" },
      take: 1,
    });
    expect(events[0].message).toBe("RESOLVED → INVESTIGATING (reopened): Errors are back");
    expect(await db.auditLog.count({ where: { action: "incident.reopen", entityId: incidentId } })).toBe(1);
  });

  it("refuses a stakeholder, and an unknown status as VALIDATION on status", async () => {
    expect((await rejection(() => changeStatus(ctxOf(stakeholder), { incidentId, status: "IDENTIFIED" }))).code).toBe(
      "FORBIDDEN",
    );
    const error = await rejection(() => changeStatus(ctxOf(commander), { incidentId, status: "FIXED" }));
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["status"]);
    expect(
      (await rejection(() => changeStatus(ctxOf(commander), { incidentId: "nope", status: "IDENTIFIED" }))).code,
    ).toBe("NOT_FOUND");
  });
});
