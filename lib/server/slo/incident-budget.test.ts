// The budget an incident spent, read from the rollups: counts during [startedAt, resolvedAt ?? now]
// by the minute (or by the hour for long incidents) against the compliance window ending with it.
// Times lie in 2001, before any seeded samples, so this file's numbers are its own.
import { beforeAll, describe, expect, it } from "vitest";
import { changeStatus } from "@/lib/server/incidents/change-status";
import { declare, later, users, type TestUser } from "@/lib/server/incidents/test-fixtures";
import { db } from "@/lib/server/db";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { readIncidentBudget } from "./incident-budget";
import { recordSamples } from "./record-samples";

const T = new Date("2001-03-10T12:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(T.getTime() - ms);

describe("readIncidentBudget", () => {
  let commander: TestUser;
  let stakeholder: TestUser;
  let sloId: string;

  beforeAll(async () => {
    [commander, stakeholder] = await users("COMMANDER", "STAKEHOLDER");
    sloId = (await db.slo.findUniqueOrThrow({ where: { slug: "availability" } })).id;
    const sample = (at: Date, good: number, total: number) => ({
      sloId,
      at,
      good,
      total,
      latencyP95Ms: null,
      source: "test",
    });
    await recordSamples(
      db,
      [
        // The window's background traffic: with the episode below, 1,000,000 events allow 1,000 bad.
        sample(ago(10 * DAY), 994_000, 994_000),
        // An hour of 10 % errors from T−2h: 600 bad of 6,000.
        ...Array.from({ length: 60 }, (_, i) => sample(later(ago(2 * HOUR), i), 90, 100)),
        // After the first incident was resolved: counted only by incidents still open then.
        sample(ago(HOUR / 2), 0, 100),
      ],
      T,
    );
  });

  it("counts the bad events during a resolved incident against the window's allowed bad events", async () => {
    const incident = await declare(commander, { now: ago(2 * HOUR), components: ["critical-service"] });
    await changeStatus(ctxOf(commander, ago(HOUR)), { incidentId: incident.id, status: "RESOLVED" });
    const budgets = await readIncidentBudget(ctxOf(stakeholder, T), incident.id);
    const availability = budgets.find((b) => b.slo.slug === "availability")!;
    expect(availability).toMatchObject({ ongoing: false, bad: 600, during: { good: 5_400, total: 6_000 } });
    expect(availability.attainment).toBeCloseTo(90, 10);
    expect(availability.consumedFraction).toBeCloseTo(0.6, 10);
    expect(availability.consumedMinutes).toBeCloseTo(0.6 * 43.2, 10);
    // The service's other SLOs got no samples: nothing to compare with.
    const latency = budgets.find((b) => b.slo.slug === "latency-p95")!;
    expect(latency).toMatchObject({ bad: 0, consumedFraction: null, during: { total: 0 } });
  });

  it("counts an open incident up to now", async () => {
    const incident = await declare(commander, { now: ago(HOUR / 2), components: ["critical-service"] });
    const [availability] = (await readIncidentBudget(ctxOf(commander, T), incident.id)).filter(
      (b) => b.slo.slug === "availability",
    );
    expect(availability).toMatchObject({ ongoing: true, bad: 100, during: { good: 0, total: 100 } });
    // The window now also holds the 100 events after T−1h: 1,000,100 events allow 1,000.1 bad.
    expect(availability.consumedFraction).toBeCloseTo(100 / 1_000.1, 10);
    expect(availability.to).toEqual(T);
  });

  it("counts a long incident by the hour", async () => {
    const incident = await declare(commander, { now: ago(3 * DAY), components: ["critical-service"] });
    await changeStatus(ctxOf(commander, ago(HOUR)), { incidentId: incident.id, status: "RESOLVED" });
    const [availability] = (await readIncidentBudget(ctxOf(commander, T), incident.id)).filter(
      (b) => b.slo.slug === "availability",
    );
    expect(availability).toMatchObject({ bad: 600, during: { total: 6_000 } });
  });

  it("refuses an unknown incident", async () => {
    expect((await rejection(() => readIncidentBudget(ctxOf(commander, T), "no-such-incident"))).code).toBe("NOT_FOUND");
  });
});
