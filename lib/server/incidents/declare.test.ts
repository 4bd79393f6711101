// Declaring an incident: who may, what is validated, and everything it starts in one go —
// timeline, matrix obligations with absolute due times, and the first escalation deadline.
import { beforeAll, describe, expect, it } from "vitest";
import { escalationKeyPrefix } from "@/lib/domain/jobs";
import { db } from "@/lib/server/db";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { declareIncident } from "./declare";
import {
  componentIds,
  declare,
  marker,
  planEntry,
  queuedObligationJobs,
  SEV1_PLAN,
  users,
  type TestUser,
} from "./test-fixtures";

describe("declareIncident", () => {
  const t0 = new Date("2026-06-05T23:10:00Z");
  let commander: TestUser, responder: TestUser, stakeholder: TestUser, admin: TestUser;

  beforeAll(async () => {
    [commander, responder, stakeholder, admin] = await users("COMMANDER", "RESPONDER", "STAKEHOLDER", "ADMIN");
  });

  it("creates the incident commanded by its declarer, with components, timeline, obligations, first page deadline and audit", async () => {
    const title = `Registry down ${marker()}`;
    const incident = await declare(commander, {
      title,
      severity: "SEV1",
      components: ["critical-service", "ci-cd-pipeline"],
      impact: "Deploys fail.",
      now: t0,
    });
    expect(incident).toMatchObject({
      title,
      severity: "SEV1",
      status: "INVESTIGATING",
      impact: "Deploys fail.",
      commanderId: commander.id,
      declaredById: commander.id,
      startedAt: t0,
      detectedAt: t0,
      acknowledgedAt: null,
    });
    expect(incident.number).toBeGreaterThan(0);

    const components = await db.incidentComponent.findMany({
      where: { incidentId: incident.id },
      include: { component: true },
    });
    expect(components.map((c) => c.component.slug).sort()).toEqual(["ci-cd-pipeline", "critical-service"]);
    const events = await db.incidentEvent.findMany({ where: { incidentId: incident.id } });
    expect(events).toMatchObject([
      { kind: "DECLARED", actorId: commander.id, occurredAt: t0, message: `Declared SEV1: ${title}` },
    ]);

    const obligations = await db.notificationObligation.findMany({
      where: { incidentId: incident.id },
      include: { group: true },
    });
    expect(obligations.map((o) => planEntry(o, t0)).sort()).toEqual(SEV1_PLAN);
    expect(obligations.every((o) => o.status === "PENDING")).toBe(true);
    expect(await queuedObligationJobs(obligations)).toBe(7);

    const escalate = await db.job.findMany({
      where: { kind: "escalate", key: { startsWith: escalationKeyPrefix(incident.id) } },
    });
    expect(escalate).toMatchObject([{ key: `page:${incident.id}:0:1`, runAt: t0, status: "PENDING" }]);
    const audit = await db.auditLog.findMany({ where: { action: "incident.declare", entityId: incident.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(commander.id);
  });

  it("lets an admin declare with someone else in command", async () => {
    const incident = await declare(admin, { commanderId: responder.id, severity: "SEV3", now: t0 });
    expect(incident).toMatchObject({ commanderId: responder.id, declaredById: admin.id });
  });

  it.each([["RESPONDER"], ["STAKEHOLDER"]] as const)("refuses a %s, and writes nothing", async (role) => {
    const actor = role === "RESPONDER" ? responder : stakeholder;
    const title = `Refused ${marker()}`;
    const error = await rejection(() => declare(actor, { title }));
    expect(error.code).toBe("FORBIDDEN");
    expect(await db.incident.count({ where: { title } })).toBe(0);
  });

  it("names each bad field: short title, no components, unknown severity", async () => {
    const error = await rejection(() =>
      declareIncident(ctxOf(commander), { title: "x", severity: "SEV9", componentIds: [] }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["componentIds", "severity", "title"]);
    expect(error.fieldErrors?.componentIds).toEqual(["Choose at least one affected component"]);
  });

  it("refuses unknown components, and an unknown or read-only commander, on their fields", async () => {
    const [docs] = await componentIds("documentation-generation");
    const components = await rejection(() =>
      declareIncident(ctxOf(commander), { title: "Valid title", severity: "SEV2", componentIds: [docs, "nope"] }),
    );
    expect(components).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { componentIds: ["One or more components do not exist"] },
    });
    const nobody = await rejection(() =>
      declareIncident(ctxOf(commander), {
        title: "Valid title",
        severity: "SEV2",
        componentIds: [docs],
        commanderId: "nobody",
      }),
    );
    expect(nobody).toMatchObject({ code: "VALIDATION", fieldErrors: { commanderId: ["No active user with this id"] } });
    const readOnly = await rejection(() =>
      declareIncident(ctxOf(commander), {
        title: "Valid title",
        severity: "SEV2",
        componentIds: [docs],
        commanderId: stakeholder.id,
      }),
    );
    expect(readOnly).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { commanderId: ["Read-only users cannot command"] },
    });
  });
});
