// Acknowledging stops escalation: once only, not after resolution, responders and up.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { systemCtx } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { handleEscalate } from "@/lib/server/jobs/handlers/escalate";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { acknowledge } from "./acknowledge";
import { changeStatus } from "./change-status";
import { declare, later, users, type TestUser } from "./test-fixtures";

describe("acknowledge", () => {
  const t0 = new Date("2026-06-09T04:00:00Z");
  let commander: TestUser, responder: TestUser, stakeholder: TestUser;
  let incidentId: string;

  beforeAll(async () => {
    [commander, responder, stakeholder] = await users("COMMANDER", "RESPONDER", "STAKEHOLDER");
    incidentId = (await declare(commander, { now: t0 })).id;
    await handleEscalate(systemCtx(t0), { incidentId, round: 0, position: 1, at: t0 });
  });

  it("refuses a stakeholder", async () => {
    expect((await rejection(() => acknowledge(ctxOf(stakeholder), { incidentId }))).code).toBe("FORBIDDEN");
  });

  it("stamps the incident and its pages with the responder, and no later level is paged", async () => {
    const now = later(t0, 7);
    expect(await acknowledge(ctxOf(responder, now), { incidentId })).toMatchObject({ acknowledgedAt: now });
    const pages = await db.page.findMany({ where: { incidentId } });
    expect(pages).toMatchObject([{ acknowledgedAt: now, acknowledgedById: responder.id }]);
    expect(await db.incidentEvent.count({ where: { incidentId, kind: "ACKNOWLEDGED", actorId: responder.id } })).toBe(
      1,
    );
    await handleEscalate(systemCtx(later(t0, 15)), { incidentId, round: 0, position: 2, at: later(t0, 15) });
    expect(await db.page.count({ where: { incidentId } })).toBe(1);
  });

  it("refuses a second acknowledgement with CONFLICT", async () => {
    expect(await rejection(() => acknowledge(ctxOf(commander), { incidentId }))).toMatchObject({
      code: "CONFLICT",
      message: "Already acknowledged.",
    });
  });

  it("refuses to acknowledge a resolved incident", async () => {
    const other = await declare(commander, { now: t0 });
    await changeStatus(ctxOf(commander, later(t0, 1)), { incidentId: other.id, status: "RESOLVED" });
    expect(await rejection(() => acknowledge(ctxOf(responder), { incidentId: other.id }))).toMatchObject({
      code: "CONFLICT",
      message: "The incident is resolved.",
    });
  });
});
