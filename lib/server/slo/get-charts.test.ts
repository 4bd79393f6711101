// What the SLO pages chart, read from the rollups at a fixed `now`: each SLO's status (attainment,
// budget, burn rules), the range's buckets downsampled, the burn-down over the compliance window,
// and the incidents of the SLO's service overlapping the range. Times lie in 2002, before any
// seeded samples, so this file's window sums are its own.
import { beforeAll, describe, expect, it } from "vitest";
import { errorBudget } from "@/lib/domain/slo/budget";
import { chartRange } from "@/lib/domain/slo/vocabulary";
import { db } from "@/lib/server/db";
import { declare, later, users, type TestUser } from "@/lib/server/incidents/test-fixtures";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { getSloCharts } from "./get-charts";
import { listSloStatus } from "./list-status";
import { recordSamples } from "./record-samples";

const T = new Date("2002-06-10T12:00:00Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(T.getTime() - ms);

describe("SLO chart reads", () => {
  let reader: TestUser;
  let incidentNumber: number;

  beforeAll(async () => {
    const [commander, stakeholder] = await users("COMMANDER", "STAKEHOLDER");
    reader = stakeholder;
    const sloId = (await db.slo.findUniqueOrThrow({ where: { slug: "availability" } })).id;
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
        sample(ago(20 * DAY), 99_000, 99_000),
        sample(ago(40 * DAY), 5, 10), // outside the 30-day window
        // One sample a minute over the last 24 h, all good but one bad minute 10 min ago.
        ...Array.from({ length: 1440 }, (_, i) => sample(later(ago(DAY), i), i === 1430 ? 0 : 10, 10)),
      ],
      T,
    );
    incidentNumber = (await declare(commander, { now: ago(15 * MINUTE), components: ["critical-service"] })).number;
  });

  it("sums the compliance window and judges each burn rule", async () => {
    const [status] = await listSloStatus(ctxOf(reader, T), { slug: "availability" });
    // 99,000 + 14,400 events, 10 bad: 113,400 allow 113.4 bad.
    expect(status.compliance).toEqual({ good: 113_390, total: 113_400 });
    expect(status.budget.consumedFraction).toBeCloseTo(10 / 113.4, 10);
    expect(status.budget.totalMinutes).toBeCloseTo(43.2, 10);
    const fast = status.verdicts.find((v) => v.rule === "page-fast")!;
    // 10 bad of 600 over the last hour: 1/60 ÷ 0.001 ≈ 16.7×; the last 5 min saw none.
    expect(fast.burnLong).toBeCloseTo(1000 / 60, 8);
    expect(fast.burnShort).toBe(0);
    expect(fast.firing).toBe(false);
    // The seeded demo samples of this SLO end near the real now, long after this file's 2002.
    const seededLast = (await db.slo.findUniqueOrThrow({ where: { slug: "availability" } })).lastSampleAt;
    expect(status.lastSampleAt).toEqual(seededLast ?? later(ago(DAY), 1439));
    expect(status.lastSampleAt!.getTime()).toBeGreaterThanOrEqual(later(ago(DAY), 1439).getTime());
  });

  it("downsamples 24 h of minutes to 5-minute points and marks the service's incidents", async () => {
    const charts = await getSloCharts(ctxOf(reader, T), "availability", chartRange("24h"));
    expect(charts.range.stepMs).toBe(5 * MINUTE);
    expect(charts.rows.length).toBeLessThanOrEqual(300);
    expect(charts.rows.reduce((s, r) => s + r.total, 0)).toBe(14_400);
    const bad = charts.rows.find((r) => r.bad > 0)!;
    expect(bad).toMatchObject({ t: later(ago(DAY), 1430).getTime(), bad: 10, total: 50, attainment: 80 });
    expect(charts.incidents.map((i) => i.number)).toContain(incidentNumber);
    const marked = charts.incidents.find((i) => i.number === incidentNumber)!;
    expect(marked).toMatchObject({ from: ago(15 * MINUTE).getTime(), to: T.getTime() });
  });

  it("burns the budget down over the compliance window to what the status says", async () => {
    const charts = await getSloCharts(ctxOf(reader, T), "availability", chartRange("1h"));
    const last = charts.burnDown.at(-1)!;
    const budget = errorBudget(99.9, 30 * DAY, { good: 113_390, total: 113_400 });
    expect(last.remainingMinutes).toBeCloseTo(budget.remainingMinutes!, 8);
    expect(charts.burnDown[0].remainingPercent).toBe(100);
  });

  it("answers NOT_FOUND for an unknown SLO", async () => {
    expect((await rejection(() => getSloCharts(ctxOf(reader, T), "nope", chartRange("1h")))).code).toBe("NOT_FOUND");
  });
});
