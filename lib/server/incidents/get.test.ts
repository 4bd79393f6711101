// Reading one incident for its page: everything a responder needs (escalation with its next
// deadline, obligations, deliveries, timeline), and only the public facts for a stakeholder.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { systemCtx } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { handleEscalate } from "@/lib/server/jobs/handlers/escalate";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { acknowledge } from "./acknowledge";
import { getIncident, type InternalIncidentView } from "./get";
import { declare, later, users, type TestUser } from "./test-fixtures";

const internalOf = (view: Awaited<ReturnType<typeof getIncident>>): InternalIncidentView => {
  if (!view.internal) throw new Error("expected the internal view");
  return view;
};

describe("getIncident", () => {
  const t0 = new Date("2026-06-01T02:00:00Z");
  let commander: TestUser, responder: TestUser, stakeholder: TestUser;
  let incident: Awaited<ReturnType<typeof declare>>;

  beforeAll(async () => {
    [commander, responder, stakeholder] = await users("COMMANDER", "RESPONDER", "STAKEHOLDER");
    incident = await declare(commander, {
      severity: "SEV2",
      components: ["documentation-generation", "ci-cd-pipeline"],
      impact: "Docs are slow.",
      now: t0,
    });
    await db.statusUpdate.create({
      data: {
        incidentId: incident.id,
        status: "INVESTIGATING",
        message: "We are looking into slow documentation.",
        publishedAt: later(t0, 2),
      },
    });
  });

  it("gives a responder the incident, its commander and its affected components with their RTO", async () => {
    const view = internalOf(await getIncident(ctxOf(responder), incident.number));
    expect(view.incident).toMatchObject({
      id: incident.id,
      number: incident.number,
      severity: "SEV2",
      status: "INVESTIGATING",
      impact: "Docs are slow.",
    });
    expect(view.incident.commander).toMatchObject({ id: commander.id, name: commander.name });
    expect(view.components.map((c) => [c.name, c.rtoMinutes, c.restoredAt])).toEqual([
      ["Documentation Generation", 60, null],
      ["CI/CD Pipeline", 120, null],
    ]);
  });

  it("shows the escalation policy's levels, and the first page as the next escalation until it goes out", async () => {
    const view = internalOf(await getIncident(ctxOf(responder), incident.number));
    expect(view.escalation?.levels.map((l) => l.name)).toEqual([
      "Primary on-call",
      "Secondary on-call",
      "Engineering Manager",
      "VP Engineering",
      "CTO",
    ]);
    expect(view.escalation?.levels[0].targets.map((t) => t.label)).toContain("oncall-primary@company.com");
    expect(view.escalation?.levels.every((l) => l.pages.length === 0)).toBe(true);
    expect(view.escalation?.nextEscalation).toEqual({ runAt: t0, position: 1, round: 0, levelName: "Primary on-call" });
  });

  it("after level one is paged, shows its page and the deadline at which level two is paged", async () => {
    await handleEscalate(systemCtx(later(t0, 0.5)), { incidentId: incident.id, round: 0, position: 1, at: t0 });
    const view = internalOf(await getIncident(ctxOf(responder), incident.number));
    const [primary] = view.escalation!.levels;
    expect(primary.pages).toHaveLength(1);
    expect(primary.pages[0]).toMatchObject({
      round: 0,
      plannedAt: t0,
      pagedAt: later(t0, 0.5),
      acknowledgedAt: null,
      acknowledgedBy: null,
    });
    expect(view.escalation?.nextEscalation).toEqual({
      runAt: later(t0, 15),
      position: 2,
      round: 0,
      levelName: "Secondary on-call",
    });
    expect(view.deliveries.length).toBeGreaterThan(0);
    // E-mails wait for the worker; an in-app message is delivered by being stored.
    expect(
      view.deliveries.filter((d) => d.channel === "EMAIL").every((d) => d.status === "PENDING" && d.attempts === 0),
    ).toBe(true);
    expect(view.deliveries.filter((d) => d.channel === "IN_APP").every((d) => d.status === "SENT")).toBe(true);
    expect(view.deliveries.map((d) => d.channel)).toEqual(expect.arrayContaining(["EMAIL", "IN_APP"]));
  });

  it("shows how many copies of a delivery may have arrived after a send was taken over", async () => {
    const before = internalOf(await getIncident(ctxOf(responder), incident.number)).deliveries;
    expect(before.every((d) => d.possibleDuplicates === 0)).toBe(true);
    await db.delivery.update({ where: { id: before[0].id }, data: { possibleDuplicates: 1 } });
    const after = internalOf(await getIncident(ctxOf(responder), incident.number)).deliveries;
    expect(after.find((d) => d.id === before[0].id)?.possibleDuplicates).toBe(1);
    await db.delivery.update({ where: { id: before[0].id }, data: { possibleDuplicates: 0 } });
  });

  it("lists the matrix obligations by due time and the timeline oldest first", async () => {
    const view = internalOf(await getIncident(ctxOf(responder), incident.number));
    expect(view.obligations.map((o) => [o.group.key, (o.dueAt.getTime() - t0.getTime()) / 60_000, o.status])).toEqual([
      ["engineering_manager", 30, "PENDING"],
      ["incident_commander", 30, "PENDING"],
      ["affected_customers", 120, "PENDING"],
      ["customer_success", 120, "PENDING"],
    ]);
    expect(view.events.map((e) => e.kind)).toEqual(["DECLARED", "PAGED"]);
    expect(view.events[0].actor?.id).toBe(commander.id);
  });

  it("stops showing a next escalation once acknowledged, and names who acknowledged the page", async () => {
    await acknowledge(ctxOf(responder, later(t0, 3)), { incidentId: incident.id });
    const view = internalOf(await getIncident(ctxOf(commander), incident.number));
    expect(view.escalation?.nextEscalation).toBeNull();
    expect(view.escalation?.levels[0].pages[0]).toMatchObject({
      acknowledgedAt: later(t0, 3),
      acknowledgedBy: { id: responder.id },
    });
  });

  it("offers only active, non-stakeholder users as commanders", async () => {
    const view = internalOf(await getIncident(ctxOf(commander), incident.number));
    const ids = view.commanders.map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([commander.id, responder.id]));
    expect(ids).not.toContain(stakeholder.id);
    expect(view.commanders.every((u) => u.role !== "STAKEHOLDER")).toBe(true);
  });

  it("gives a stakeholder the public facts and status updates, and none of the internals", async () => {
    const view = await getIncident(ctxOf(stakeholder), incident.number);
    expect(view.internal).toBe(false);
    expect(Object.keys(view).sort()).toEqual(["components", "incident", "internal", "statusUpdates"]);
    // A drill is marked as one for everyone in the organisation, stakeholders included.
    expect(Object.keys(view.incident).sort()).toEqual([
      "acknowledgedAt",
      "detectedAt",
      "drill",
      "id",
      "impact",
      "mitigatedAt",
      "number",
      "resolvedAt",
      "severity",
      "startedAt",
      "status",
      "title",
      "updatedAt",
    ]);
    expect(view.statusUpdates.map((u) => u.message)).toEqual(["We are looking into slow documentation."]);
    expect(view.components.map((c) => c.name)).toEqual(["Documentation Generation", "CI/CD Pipeline"]);
    const text = JSON.stringify(view);
    for (const secret of [commander.email, "oncall-primary@company.com", "Primary on-call", "DECLARED"])
      expect(text).not.toContain(secret);
  });

  it("answers NOT_FOUND for a number no incident has", async () => {
    expect((await rejection(() => getIncident(ctxOf(responder), 987_654_321))).code).toBe("NOT_FOUND");
    expect((await rejection(() => getIncident(ctxOf(responder), Number.NaN))).code).toBe("NOT_FOUND");
  });
});
