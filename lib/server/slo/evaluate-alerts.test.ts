// SLO alerts end to end against real Postgres and a real HTTP server: a health check fails, its
// samples burn the budget, the monitor declares one incident (however often it keeps failing),
// and recovery resolves it — or only notes it when a person has taken it on. Dry run and
// missing data as well. The clock is a parameter: runs happen a minute apart on a moving `now`.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { systemCtx } from "../context";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";
import { acknowledge } from "../incidents/acknowledge";
import { handleHealthCheck } from "../jobs/handlers/health-check";
import { handleSloEvaluate } from "../jobs/handlers/slo-evaluate";
import { clockFrom, runWorkerUntil } from "../jobs/test-worker";
import { recordSamples } from "./record-samples";
import { scheduleSloWork } from "./schedule";

const MINUTE = 60_000;
const T0 = new Date("2026-06-01T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

let server: Server;
let status = 200;
let baseUrl = "";

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.statusCode = status;
    res.end(status === 200 ? "ok" : "down");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A service of its own with two components (the shorter RTO is the one an incident names), its SLOs and a check. */
async function fixture(alertMode: "ON" | "DRY_RUN" = "ON") {
  const tag = randomUUID().slice(0, 8);
  const service = await db.service.create({
    data: {
      slug: `svc-${tag}`,
      name: `Service ${tag}`,
      components: {
        create: [
          { slug: `api-${tag}`, name: `API ${tag}`, rtoMinutes: 15 },
          { slug: `docs-${tag}`, name: `Docs ${tag}`, rtoMinutes: 240 },
        ],
      },
    },
  });
  const availability = await db.slo.create({
    data: {
      serviceId: service.id,
      slug: `availability-${tag}`,
      kind: "AVAILABILITY",
      name: `Availability ${tag}`,
      targetPercent: 99.9,
      minRequests: 3,
      expectedIntervalSeconds: 300,
      alertMode,
      pageSeverity: "SEV1",
    },
  });
  const latency = await db.slo.create({
    data: {
      serviceId: service.id,
      slug: `latency-${tag}`,
      kind: "LATENCY_P95",
      name: `Latency ${tag}`,
      targetPercent: 99,
      thresholdMs: 3000,
      minRequests: 3,
      alertMode: "OFF",
    },
  });
  const check = await db.healthCheck.create({
    data: {
      serviceId: service.id,
      name: `Health ${tag}`,
      url: `${baseUrl}/health`,
      expectedStatus: 200,
      intervalSeconds: 60,
      timeoutMs: 2000,
      availabilitySloId: availability.id,
      latencySloId: latency.id,
      nextRunAt: T0,
    },
  });
  return { service, availability, latency, check, tag };
}

/** The check's run at minute `m` and the evaluation its samples schedule, both at that time. */
async function runAt(checkId: string, sloId: string, m: number) {
  await handleHealthCheck(systemCtx(at(m)), { checkId, at: at(m) });
  await handleSloEvaluate(systemCtx(at(m)), { sloId, at: at(m) });
}

const incidentsOf = (sloId: string) =>
  db.incident.findMany({
    where: { sloAlerts: { some: { sloId } } },
    include: { components: { include: { component: true } } },
  });

describe("SLO alerts from a health check", () => {
  it("declares one incident while the check fails, and resolves it once the burning stops", async () => {
    const { availability, latency, check, tag } = await fixture("ON");
    const commander = await createTestUser("COMMANDER");

    status = 500;
    await runAt(check.id, availability.id, 0);
    // The failure shows at once on the check, before the low-traffic guard lets anything fire.
    expect(await db.healthCheck.findUniqueOrThrow({ where: { id: check.id } })).toMatchObject({
      lastOk: false,
      lastStatus: 500,
      consecutiveFailures: 1,
      lastError: "Answered 500, expected 200",
      nextRunAt: at(1),
    });
    expect(
      await db.sliSample.findMany({
        where: { sloId: { in: [availability.id, latency.id] } },
        orderBy: { sloId: "asc" },
      }),
    ).toHaveLength(2);
    expect(await incidentsOf(availability.id)).toEqual([]);

    for (let m = 1; m <= 5; m++) await runAt(check.id, availability.id, m);
    const [incident, ...more] = await incidentsOf(availability.id);
    expect(more).toEqual([]);
    expect(incident).toMatchObject({ severity: "SEV1", status: "INVESTIGATING", declaredById: null, startedAt: at(2) });
    expect(incident.title).toBe(`SLO Availability ${tag}: Fast burn (page)`);
    expect(incident.impact).toMatch(
      /^Burning 1000× over the last hour: at this rate the 30-day budget is gone in 43 min\./,
    );
    // Only the component with the shortest RTO.
    expect(incident.components.map((c) => c.component.slug)).toEqual([`api-${tag}`]);

    const firing = await db.sloAlert.findMany({
      where: { sloId: availability.id, state: "FIRING" },
      orderBy: { rule: "asc" },
    });
    expect(firing.map((a) => [a.rule, a.dryRun, a.incidentId])).toEqual([
      ["page-fast", false, incident.id],
      ["page-slow", false, incident.id],
      ["ticket", false, null],
    ]);
    expect(firing[0].lastSeenAt).toEqual(at(5));
    // The sustained burn noted the open incident instead of declaring a second one.
    const timeline = await db.incidentEvent.findMany({
      where: { incidentId: incident.id },
      orderBy: { occurredAt: "asc" },
    });
    expect(timeline.map((e) => [e.kind, e.actorLabel])).toEqual([
      ["DECLARED", "SLO monitor"],
      ["NOTE", "SLO monitor"],
    ]);
    expect(timeline[1].message).toMatch(
      /^SLO Availability .*: Sustained burn \(page\) fired\. Burning 1000× over the last 6 hours/,
    );
    // The ticket told the commanders in the app.
    const notices = await db.delivery.findMany({ where: { userId: commander.id, channel: "IN_APP" } });
    expect(notices).toHaveLength(1);
    expect(notices[0].subject).toBe(`SLO Availability ${tag}: Slow burn (ticket) (SEV3)`);
    const audits = await db.auditLog.findMany({ where: { entityType: "SloAlert", action: "slo.alert.fire" } });
    expect(audits.filter((a) => firing.some((f) => f.id === a.entityId)).map((a) => a.actorLabel)).toEqual([
      "SLO monitor",
      "SLO monitor",
      "SLO monitor",
    ]);

    // Recovery: the fast rule stops once 5 minutes are clean, the sustained one once 30 are.
    status = 200;
    for (let m = 6; m <= 12; m++) await runAt(check.id, availability.id, m);
    expect(await db.sloAlert.findFirstOrThrow({ where: { sloId: availability.id, rule: "page-fast" } })).toMatchObject({
      state: "RESOLVED",
    });
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("INVESTIGATING");
    for (let m = 13; m <= 37; m++) await runAt(check.id, availability.id, m);
    const after = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(after).toMatchObject({ status: "RESOLVED" });
    const resolvedAt = after.resolvedAt!;
    expect(resolvedAt.getTime()).toBeGreaterThan(at(30).getTime());
    expect(resolvedAt.getTime()).toBeLessThanOrEqual(at(37).getTime());
    const alerts = await db.sloAlert.findMany({ where: { sloId: availability.id }, orderBy: { rule: "asc" } });
    expect(alerts.map((a) => [a.rule, a.state])).toEqual([
      ["page-fast", "RESOLVED"],
      ["page-slow", "RESOLVED"],
      // Still over budget for the last 6 hours: the notice stays until the slow burn is over.
      ["ticket", "FIRING"],
    ]);
    const notes = await db.incidentEvent.findMany({
      where: { incidentId: incident.id },
      orderBy: { occurredAt: "asc" },
    });
    expect(notes.slice(2).map((e) => e.message)).toEqual([
      expect.stringMatching(
        /Fast burn \(page\) stopped firing\. No budget spent over the last hour|Fast burn \(page\) stopped firing\./,
      ),
      expect.stringMatching(/Sustained burn \(page\) stopped firing\./),
      expect.stringMatching(/^INVESTIGATING → RESOLVED: SLO .* is no longer burning its error budget/),
    ]);
    // Still one incident, and failing again now declares a new one (the old one is resolved).
    expect(await incidentsOf(availability.id)).toHaveLength(1);
  });

  it("only notes the incident on recovery when a person has taken it on", async () => {
    const { availability, check } = await fixture("ON");
    const commander = await createTestUser("COMMANDER");
    status = 500;
    for (let m = 0; m <= 3; m++) await runAt(check.id, availability.id, m);
    const [incident] = await incidentsOf(availability.id);
    await acknowledge(ctxOf(commander, at(4)), { incidentId: incident.id });
    status = 200;
    for (let m = 4; m <= 40; m++) await runAt(check.id, availability.id, m);
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("INVESTIGATING");
    const events = await db.incidentEvent.findMany({ where: { incidentId: incident.id, kind: "NOTE" } });
    expect(events.map((e) => e.message).filter((m) => m.includes("stopped firing"))).toHaveLength(2);
    expect(
      await db.sloAlert.count({ where: { sloId: availability.id, state: "FIRING", rule: { startsWith: "page" } } }),
    ).toBe(0);
  });

  it("dry run records what would fire and declares nothing", async () => {
    const { availability, check } = await fixture("DRY_RUN");
    status = 500;
    for (let m = 0; m <= 3; m++) await runAt(check.id, availability.id, m);
    const alerts = await db.sloAlert.findMany({ where: { sloId: availability.id }, orderBy: { rule: "asc" } });
    expect(alerts.map((a) => [a.rule, a.dryRun, a.state, a.incidentId])).toEqual([
      ["page-fast", true, "FIRING", null],
      ["page-slow", true, "FIRING", null],
      ["ticket", true, "FIRING", null],
    ]);
    expect(alerts[0].reason).toMatch(/^Burning 1000× over the last hour/);
    expect(await incidentsOf(availability.id)).toEqual([]);
    expect(await db.delivery.count({ where: { idempotencyKey: { startsWith: `slo-alert:${alerts[2].id}:` } } })).toBe(
      0,
    );
    expect(
      await db.auditLog.count({ where: { action: "slo.alert.would-fire", entityId: { in: alerts.map((a) => a.id) } } }),
    ).toBe(3);
  });

  it("a disabled check stops, and a run that is not the check's next one does nothing", async () => {
    const { availability, check } = await fixture("ON");
    await handleHealthCheck(systemCtx(at(7)), { checkId: check.id, at: at(7) });
    expect(await db.healthCheckResult.count({ where: { checkId: check.id } })).toBe(0);
    await db.healthCheck.update({ where: { id: check.id }, data: { enabled: false } });
    await handleHealthCheck(systemCtx(T0), { checkId: check.id, at: T0 });
    expect(await db.healthCheckResult.count({ where: { checkId: check.id } })).toBe(0);
    expect(await db.sliSample.count({ where: { sloId: availability.id } })).toBe(0);
  });

  it("a check that times out or cannot connect fails with the reason", async () => {
    const { check } = await fixture("ON");
    // A server that accepts and never answers, then the same port closed.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/health`;
    await db.healthCheck.update({ where: { id: check.id }, data: { url, timeoutMs: 300 } });
    await handleHealthCheck(systemCtx(T0), { checkId: check.id, at: T0 });
    const timedOut = await db.healthCheck.findUniqueOrThrow({ where: { id: check.id } });
    expect(timedOut).toMatchObject({ lastOk: false, lastStatus: null, lastError: "No answer within 300 ms" });
    expect(timedOut.lastLatencyMs).toBeGreaterThanOrEqual(290);
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    await handleHealthCheck(systemCtx(at(1)), { checkId: check.id, at: at(1) });
    const refused = await db.healthCheck.findUniqueOrThrow({ where: { id: check.id } });
    expect(refused).toMatchObject({ lastOk: false, lastStatus: null, consecutiveFailures: 2 });
    expect(refused.lastError).toMatch(/^Request failed: .*ECONNREFUSED/);
  });

  it("missing data fires when samples stop and clears when they come back", async () => {
    const { availability } = await fixture("ON");
    const sample = (m: number) => ({
      sloId: availability.id,
      at: at(m),
      good: 10,
      total: 10,
      latencyP95Ms: null,
      source: "test",
    });
    await db.$transaction((tx) => recordSamples(tx, [sample(0)], at(0)));
    await handleSloEvaluate(systemCtx(at(5)), { sloId: null, at: at(5) });
    expect(await db.sloAlert.count({ where: { sloId: availability.id } })).toBe(0);
    await handleSloEvaluate(systemCtx(at(6)), { sloId: null, at: at(6) });
    const alert = await db.sloAlert.findFirstOrThrow({ where: { sloId: availability.id } });
    expect(alert).toMatchObject({
      rule: "missing-data",
      state: "FIRING",
      incidentId: null,
      reason: "No sample for 6 min, expected at least every 5 min.",
    });
    // The round scheduled the next one a minute later.
    expect(await db.job.count({ where: { key: `slo-evaluate:all:${at(7).toISOString()}` } })).toBe(1);
    await db.$transaction((tx) => recordSamples(tx, [sample(7)], at(7)));
    await handleSloEvaluate(systemCtx(at(7)), { sloId: availability.id, at: at(7) });
    expect(await db.sloAlert.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({
      state: "RESOLVED",
      resolvedAt: at(7),
    });
  });

  it("a starting worker schedules the round and each enabled check once", async () => {
    const { check } = await fixture("ON");
    const now = new Date("2026-06-01T12:00:30Z");
    await scheduleSloWork(db, now);
    await scheduleSloWork(db, now);
    expect(await db.job.count({ where: { key: "slo-evaluate:all:2026-06-01T12:01:00.000Z" } })).toBe(1);
    expect(await db.job.count({ where: { key: `health-check:${check.id}:${T0.toISOString()}` } })).toBe(1);
  });

  it("the real worker runs a failing check and its evaluation declares the incident", async () => {
    const { availability, check } = await fixture("ON");
    await db.slo.update({ where: { id: availability.id }, data: { minRequests: 1 } });
    const start = new Date("2026-06-03T10:00:00Z");
    await db.healthCheck.update({ where: { id: check.id }, data: { nextRunAt: start } });
    // Only this test's deadlines: the others' queued runs and evaluations are theirs.
    await db.job.deleteMany({});
    status = 500;
    await runWorkerUntil(async () => (await incidentsOf(availability.id)).length > 0, {
      clock: clockFrom(start),
      timeoutMs: 40_000,
    });
    const [incident] = await incidentsOf(availability.id);
    expect(incident.status).toBe("INVESTIGATING");
    const after = await db.healthCheck.findUniqueOrThrow({ where: { id: check.id } });
    expect(after).toMatchObject({ lastOk: false, lastCheckedAt: start, nextRunAt: new Date(start.getTime() + MINUTE) });
    // The worker scheduled the next run and the per-minute round.
    expect(await db.job.count({ where: { key: `health-check:${check.id}:${after.nextRunAt!.toISOString()}` } })).toBe(
      1,
    );
    expect(await db.job.count({ where: { key: { startsWith: "slo-evaluate:all:" } } })).toBeGreaterThanOrEqual(1);
  });
});
