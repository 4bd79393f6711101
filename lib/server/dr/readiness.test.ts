// The readiness reader against a real database: facts recorded in a quarter far ahead (so only
// this file's rows fall in it) come out as that quarter's metrics, with their counts.
import { beforeAll, describe, expect, it } from "vitest";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";
import { db } from "../db";
import { reviewRisk } from "../risks/review-risk";
import { saveRisk } from "../risks/save-risk";
import { getReadiness } from "./readiness";

type User = Awaited<ReturnType<typeof createTestUser>>;
// 2031-Q1 in Berlin; the reader looks back two years, so the seed's own rows are out of reach.
const NOW = new Date("2031-03-20T12:00:00Z");
const IN_Q1 = new Date("2031-01-10T09:00:00Z");
const at = (iso: string) => new Date(iso);

describe("readiness reader", () => {
  let commander: User;
  beforeAll(async () => {
    commander = await createTestUser("COMMANDER");
    const tests = await db.drTest.findMany({ where: { key: { in: ["failover_testing", "team_training"] } } });
    const failover = tests.find((t) => t.key === "failover_testing")!;
    const training = tests.find((t) => t.key === "team_training")!;
    await db.drTestRun.createMany({
      data: [
        { testId: failover.id, startedAt: IN_Q1, passed: true, actualRtoMinutes: 10 },
        // Just before midnight UTC on 31 Dec is already 2031 in Berlin: a Q1 run.
        { testId: failover.id, startedAt: at("2030-12-31T23:30:00Z"), passed: false },
        { testId: training.id, startedAt: IN_Q1, passed: true },
        { testId: failover.id, startedAt: at("2030-11-10T09:00:00Z"), passed: true },
      ],
    });
    const incident = await db.incident.create({
      data: { title: "Readiness reader incident", severity: "SEV1", startedAt: IN_Q1, detectedAt: IN_Q1 },
    });
    const group = await db.stakeholderGroup.findFirstOrThrow();
    await db.notificationObligation.createMany({
      data: [
        { incidentId: incident.id, groupId: group.id, dueAt: IN_Q1, status: "SENT", sentAt: IN_Q1 },
        { incidentId: incident.id, groupId: group.id, dueAt: at("2031-01-10T09:15:00Z"), status: "PENDING" },
      ],
    });
    const risk = await saveRisk(ctxOf(commander, IN_Q1), {
      title: "Reader risk",
      probability: "LOW",
      impact: "LOW",
      mitigationPriority: "LOW",
      mitigation: "",
      reviewDueAt: "2031-02-01",
    });
    await reviewRisk(ctxOf(commander, IN_Q1), { id: risk.id, nextReviewDueAt: "2031-04-10" });
  });

  it("computes the current quarter in the org time zone with numerators and denominators", async () => {
    const { quarters } = await getReadiness(ctxOf(commander, NOW), "Europe/Berlin");
    expect(quarters.map((q) => q.quarter)).toEqual(["2030-Q1", "2030-Q2", "2030-Q3", "2030-Q4", "2031-Q1"]);
    const metric = (quarter: number, key: string) => quarters[quarter].metrics.find((m) => m.key === key)!;
    expect(metric(4, "successful_recoveries").figure).toMatchObject({ numerator: 2, denominator: 3 });
    expect(metric(4, "notification_compliance").figure).toEqual({ value: 50, numerator: 1, denominator: 2 });
    expect(metric(4, "team_readiness").figure).toMatchObject({ numerator: 1, denominator: 3 });
    expect(metric(4, "update_frequency").figure).toMatchObject({ numerator: 1, denominator: 3 });
    expect(metric(4, "technology_updates")).toMatchObject({ figure: null, status: "none" });
    expect(metric(3, "successful_recoveries").figure).toEqual({ value: 100, numerator: 1, denominator: 1 });
    // Nothing was recorded then: no value, not 0 %.
    expect(metric(0, "plan_accuracy").figure?.value).toBeNull();
    expect(metric(0, "successful_recoveries").status).toBe("none");
  });

  it("counts the plan's loose ends: overdue risk reviews and the seeded scenarios without a runbook", async () => {
    const { withoutRunbook, overdueReviews } = await getReadiness(ctxOf(commander, NOW), "UTC");
    // The plan names no runbook for "Container registry down" and "Dependency vulnerability".
    expect(withoutRunbook).toBe(2);
    // By 2031 every seeded review is overdue; the risk reviewed above is due in April.
    const risks = await db.risk.findMany({ select: { title: true, reviewDueAt: true } });
    expect(overdueReviews).toBe(risks.length - 1);
    expect(risks.find((r) => r.title === "Reader risk")?.reviewDueAt?.toISOString()).toBe("2031-04-10T23:59:59.999Z");
  });

  it("schedules every test with its last run, even one older than the metrics look back", async () => {
    const { schedule } = await getReadiness(ctxOf(commander, NOW), "UTC");
    const tests = await db.drTest.findMany({
      orderBy: { key: "asc" },
      include: { runs: { orderBy: { startedAt: "desc" }, take: 1 } },
    });
    expect(schedule.map((t) => [t.key, t.lastRunAt])).toEqual(tests.map((t) => [t.key, t.runs[0]?.startedAt ?? null]));
    expect(schedule.find((t) => t.key === "failover_testing")?.lastRunAt).toEqual(IN_Q1);
    // The seed's runs are years before 2031: still shown as the last run, not as "never".
    expect(schedule.some((t) => t.lastRunAt !== null && t.lastRunAt < at("2029-03-01T00:00:00Z"))).toBe(true);
  });
});
