// Handing command over: to an active, non-stakeholder user, recorded on the timeline.
import { beforeAll, describe, expect, it } from "vitest";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { db } from "@/lib/server/db";
import { handOver } from "./handover";
import { declare, users, type TestUser } from "./test-fixtures";

describe("handOver", () => {
  let commander: TestUser, responder: TestUser, stakeholder: TestUser;
  let incidentId: string;

  beforeAll(async () => {
    [commander, responder, stakeholder] = await users("COMMANDER", "RESPONDER", "STAKEHOLDER");
    incidentId = (await declare(commander)).id;
  });

  it("hands command to a responder and records who took over", async () => {
    const after = await handOver(ctxOf(commander), { incidentId, commanderId: responder.id });
    expect(after.commanderId).toBe(responder.id);
    const event = await db.incidentEvent.findFirstOrThrow({ where: { incidentId, kind: "COMMANDER_CHANGED" } });
    expect(event).toMatchObject({ actorId: commander.id, message: `Command handed to ${responder.name}` });
    expect(await db.auditLog.count({ where: { action: "incident.handover", entityId: incidentId } })).toBe(1);
  });

  it("refuses a stakeholder or a deactivated user as commander, on the commander field", async () => {
    const stake = await rejection(() => handOver(ctxOf(commander), { incidentId, commanderId: stakeholder.id }));
    expect(stake).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { commanderId: ["Read-only users cannot command"] },
    });
    const gone = await createTestUser("COMMANDER", { active: false });
    expect(await rejection(() => handOver(ctxOf(commander), { incidentId, commanderId: gone.id }))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { commanderId: ["No active user with this id"] },
    });
  });

  it("refuses the current commander with CONFLICT, and a responder as the one handing over", async () => {
    expect((await rejection(() => handOver(ctxOf(commander), { incidentId, commanderId: responder.id }))).code).toBe(
      "CONFLICT",
    );
    expect((await rejection(() => handOver(ctxOf(responder), { incidentId, commanderId: commander.id }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).commanderId).toBe(responder.id);
  });
});
