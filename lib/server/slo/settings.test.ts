// SLO settings and health-check administration: who may, what is refused (named by field), what
// is audited, and how enabling and disabling a check starts and stops its chain of runs.
import { beforeAll, describe, expect, it } from "vitest";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { seed } from "@/prisma/seed";
import { db } from "../db";
import { deleteHealthCheck } from "./delete-check";
import { saveHealthCheck } from "./save-check";
import { setHealthCheckEnabled } from "./set-check-enabled";
import { updateSloSettings } from "./update-settings";

type User = Awaited<ReturnType<typeof createTestUser>>;
const T0 = new Date("2026-06-02T08:00:00Z");
const SETTINGS = {
  slug: "availability",
  targetPercent: "99.5",
  thresholdMs: "",
  window: "CALENDAR_MONTH",
  windowDays: "30",
  minRequests: "20",
  expectedIntervalSeconds: "120",
  alertMode: "ON",
  pageSeverity: "SEV1",
  ticketSeverity: "SEV3",
};

describe("SLO settings and health checks", () => {
  let admin: User, commander: User;
  beforeAll(async () => {
    [admin, commander] = await Promise.all([createTestUser("ADMIN"), createTestUser("COMMANDER")]);
  });

  it("the seed holds the plan's check, disabled, feeding the availability and latency SLOs, once", async () => {
    const find = () =>
      db.healthCheck.findMany({
        where: { url: "https://api.company.com/health" },
        include: { availabilitySlo: true, latencySlo: true },
      });
    const [check, ...more] = await find();
    expect(more).toEqual([]);
    expect(check).toMatchObject({ method: "GET", expectedStatus: 200, intervalSeconds: 60, enabled: false });
    expect([check.availabilitySlo?.slug, check.latencySlo?.slug]).toEqual(["availability", "latency-p95"]);
    await seed(db, { demo: false });
    expect(await find()).toHaveLength(1);
  });

  it("an admin changes a seeded SLO's settings; audited, and evaluated again at once", async () => {
    const slo = await updateSloSettings(ctxOf(admin, T0), SETTINGS);
    expect(slo).toMatchObject({ targetPercent: 99.5, window: "CALENDAR_MONTH", minRequests: 20, alertMode: "ON" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "slo.settings", entityId: slo.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(await db.job.count({ where: { key: `slo-evaluate:${slo.id}:${T0.toISOString()}` } })).toBe(1);
  });

  it("refuses a commander, bad values by field, and a latency SLO without its threshold", async () => {
    expect((await rejection(() => updateSloSettings(ctxOf(commander, T0), SETTINGS))).code).toBe("FORBIDDEN");
    const bad = await rejection(() =>
      updateSloSettings(ctxOf(admin, T0), { ...SETTINGS, targetPercent: "101", minRequests: "many" }),
    );
    expect(bad).toMatchObject({
      code: "VALIDATION",
      fieldErrors: {
        targetPercent: ["Between 50 and 100 % (100 % leaves no error budget)"],
        minRequests: ["Enter a whole number of requests"],
      },
    });
    const latency = await rejection(() => updateSloSettings(ctxOf(admin, T0), { ...SETTINGS, slug: "latency-p95" }));
    expect(latency.fieldErrors).toEqual({
      thresholdMs: ["Required for a latency SLO: requests slower than this are bad"],
    });
    expect((await rejection(() => updateSloSettings(ctxOf(admin, T0), { ...SETTINGS, slug: "nope" }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("creates, disables, enables and deletes a check; each audited, runs scheduled only while enabled", async () => {
    const slos = await db.slo.findMany({ where: { slug: { in: ["availability", "latency-p95"] } } });
    const availability = slos.find((s) => s.slug === "availability")!;
    const latency = slos.find((s) => s.slug === "latency-p95")!;
    const input = {
      serviceId: availability.serviceId,
      name: "Status endpoint",
      url: "http://127.0.0.1:9/health",
      method: "GET",
      expectedStatus: "200",
      intervalSeconds: "30",
      timeoutMs: "2000",
      enabled: "on",
      availabilitySloId: availability.id,
      latencySloId: latency.id,
    };
    // The SLOs swapped: each named next to its own field.
    const swapped = await rejection(() =>
      saveHealthCheck(ctxOf(admin, T0), { ...input, availabilitySloId: latency.id, latencySloId: availability.id }),
    );
    expect(swapped.fieldErrors).toEqual({
      availabilitySloId: ["Choose an availability or error-rate SLO"],
      latencySloId: ["Choose a latency SLO"],
    });
    expect((await rejection(() => saveHealthCheck(ctxOf(commander, T0), input))).code).toBe("FORBIDDEN");

    const check = await saveHealthCheck(ctxOf(admin, T0), input);
    expect(check).toMatchObject({ enabled: true, nextRunAt: T0, intervalSeconds: 30 });
    expect(await db.job.count({ where: { key: `health-check:${check.id}:${T0.toISOString()}` } })).toBe(1);

    const t1 = new Date(T0.getTime() + 60_000);
    expect(await setHealthCheckEnabled(ctxOf(admin, t1), { id: check.id, enabled: "false" })).toMatchObject({
      enabled: false,
      nextRunAt: null,
    });
    expect(
      (await rejection(() => setHealthCheckEnabled(ctxOf(admin, t1), { id: check.id, enabled: "false" }))).code,
    ).toBe("CONFLICT");
    const t2 = new Date(T0.getTime() + 120_000);
    expect(await setHealthCheckEnabled(ctxOf(admin, t2), { id: check.id, enabled: "true" })).toMatchObject({
      enabled: true,
      nextRunAt: t2,
    });
    expect(await db.job.count({ where: { key: `health-check:${check.id}:${t2.toISOString()}` } })).toBe(1);

    const t3 = new Date(T0.getTime() + 180_000);
    const edited = await saveHealthCheck(ctxOf(admin, t3), {
      ...input,
      id: check.id,
      name: "Status",
      expectedStatus: "204",
    });
    expect(edited).toMatchObject({ name: "Status", expectedStatus: 204, nextRunAt: t2 });

    await deleteHealthCheck(ctxOf(admin, t3), { id: check.id });
    expect(await db.healthCheck.count({ where: { id: check.id } })).toBe(0);
    const actions = await db.auditLog.findMany({
      where: { entityId: check.id },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(actions.map((a) => a.action)).toEqual([
      "health-check.create",
      "health-check.disable",
      "health-check.enable",
      "health-check.update",
      "health-check.delete",
    ]);
  });
});
