// The demo seed's SLI samples (prisma/seed-sli.ts), as every test database has them: 30 days per
// plan SLO, the demo incidents visible in them, one budget-burning episode that would have paged,
// the availability budget partly left, and sums that equal the samples.
import { describe, expect, it } from "vitest";
import { burnRate, errorBudget } from "@/lib/domain/slo/budget";
import { BURN_RULES } from "@/lib/domain/slo/vocabulary";
import { SEED_BURN, SEED_REPLICATION, SEED_SLI_DAYS, SEED_SLI_STEP_MS } from "@/prisma/seed-sli";
import { db } from "../db";
import { readWindowCounts } from "./window-counts";

const now = new Date();
const bySlug = async (slug: string) => db.slo.findUniqueOrThrow({ where: { slug } });

describe("seeded SLI samples", () => {
  it("cover 30 days at a 5-minute step for each plan SLO, with sums equal to the samples", async () => {
    const rows = await db.$queryRaw<
      { slug: string; n: bigint; good: bigint; total: bigint; hg: bigint; ht: bigint; mg: bigint }[]
    >`
      SELECT s.slug, count(*) AS n, sum(r.good)::bigint AS good, sum(r.total)::bigint AS total,
        (SELECT sum(good)::bigint FROM "SliHour" WHERE "sloId" = s.id) AS hg,
        (SELECT sum(total)::bigint FROM "SliHour" WHERE "sloId" = s.id) AS ht,
        (SELECT sum(good)::bigint FROM "SliMinute" WHERE "sloId" = s.id) AS mg
      FROM "SliSample" r JOIN "Slo" s ON s.id = r."sloId" WHERE r.source = 'seed' GROUP BY s.id, s.slug ORDER BY s.slug`;
    expect(rows.map((r) => r.slug)).toEqual(["availability", "data-integrity", "error-rate", "latency-p95"]);
    for (const r of rows) {
      expect(Number(r.n)).toBe((SEED_SLI_DAYS * 1440 * 60_000) / SEED_SLI_STEP_MS);
      expect(r.hg).toBe(r.good);
      expect(r.ht).toBe(r.total);
      expect(r.mg).toBe(r.good);
    }
    const availability = await bySlug("availability");
    expect(now.getTime() - availability.lastSampleAt!.getTime()).toBeLessThan(60 * 60_000);
  });

  it("leave the availability SLO with part of its 30-day budget (30–50 %), the others within their objectives", async () => {
    const slos = await db.slo.findMany({
      where: { slug: { in: ["availability", "error-rate", "latency-p95", "data-integrity"] } },
    });
    const counts = await readWindowCounts(db, slos, now, "UTC");
    const remaining = Object.fromEntries(
      slos.map((s) => [
        s.slug,
        errorBudget(s.targetPercent, s.windowDays * 86_400_000, counts.get(s.id)!.compliance).remainingFraction,
      ]),
    );
    expect(remaining.availability).toBeGreaterThan(0.3);
    expect(remaining.availability).toBeLessThan(0.5);
    expect(remaining["error-rate"]).toBeGreaterThan(0.3);
    expect(remaining["latency-p95"]).toBeGreaterThan(0.5);
    expect(remaining["data-integrity"]).toBe(1);
  });

  it("hold one episode a few days ago whose hourly burn rate is past the fast-burn page threshold", async () => {
    const availability = await bySlug("availability");
    const hours = await db.sliHour.findMany({ where: { sloId: availability.id }, orderBy: { hour: "asc" } });
    const fast = BURN_RULES.find((r) => r.key === "page-fast")!;
    const burning = hours.filter(
      (h) => burnRate({ good: Number(h.good), total: Number(h.total) }, availability.targetPercent)! >= fast.factor,
    );
    expect(burning.length).toBeGreaterThanOrEqual(1);
    const daysAgo = burning.map((h) => (now.getTime() - h.hour.getTime()) / 86_400_000);
    // The episode, and possibly the SEV1 outage's worst hour; nothing else burns that fast.
    expect(daysAgo.some((d) => Math.abs(d - SEED_BURN.daysAgo) < 1.5)).toBe(true);
    expect(burning.length).toBeLessThanOrEqual(5);
  });

  it("show the demo incidents: failures during an outage, slow requests during the latency incident", async () => {
    const incidents = await db.incident.findMany({
      where: { startedAt: { gte: new Date(now.getTime() - SEED_SLI_DAYS * 86_400_000) } },
    });
    expect(incidents.length).toBeGreaterThan(0);
    const latency = await bySlug("latency-p95");
    const availability = await bySlug("availability");
    for (const incident of incidents) {
      const during = { gte: incident.startedAt, lt: incident.mitigatedAt ?? incident.resolvedAt ?? now };
      if (/latency/i.test(incident.title)) {
        const samples = await db.sliSample.findMany({ where: { sloId: latency.id, at: during } });
        expect(samples.length).toBeGreaterThan(0);
        expect(Math.min(...samples.map((s) => s.latencyP95Ms!))).toBeGreaterThan(3000);
      } else {
        const samples = await db.sliSample.findMany({ where: { sloId: availability.id, at: during } });
        const bad = samples.reduce((s, x) => s + x.total - x.good, 0) / samples.reduce((s, x) => s + x.total, 0);
        expect(bad, incident.title).toBeGreaterThan(0.002);
      }
    }
  });

  it("report a replication lag for the continuously replicated code repository", async () => {
    const asset = await db.dataAsset.findUniqueOrThrow({ where: { slug: SEED_REPLICATION.asset } });
    expect(asset.rpoMinutes).toBe(0);
    expect(asset.replicationLagSeconds).toBe(SEED_REPLICATION.lagSeconds);
    expect(asset.replicationReportedAt).not.toBeNull();
  });
});
