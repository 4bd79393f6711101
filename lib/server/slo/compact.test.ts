// Compaction deletes each granularity past its own retention, in batches, and a 90-day chart reads
// the same before and after: the sums never come from raw rows.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chartRange, ROLLUP_RETENTION_DAYS } from "@/lib/domain/slo/vocabulary";
import { systemCtx } from "../context";
import { db } from "../db";
import { handleSweep } from "../jobs/handlers/sweep";
import { captureLog } from "../jobs/test-worker";
import { compactSli } from "./compact";
import { recordSamples } from "./record-samples";
import { readSeries } from "./series";

const DAY = 24 * 60 * 60_000;
const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
const ago = (days: number, extraMs = 0) => new Date(now.getTime() - days * DAY - extraMs);

async function ownSlo() {
  const tag = randomUUID().slice(0, 8);
  const service = await db.service.create({ data: { slug: `compact-${tag}`, name: `Compact ${tag}` } });
  return db.slo.create({
    data: { serviceId: service.id, slug: `compact-${tag}`, kind: "AVAILABILITY", name: "Avail", targetPercent: 99.9 },
  });
}

const sample = (sloId: string, at: Date, good = 99) => ({
  sloId,
  at,
  good,
  total: 100,
  latencyP95Ms: 500,
  source: "test",
});

describe("compactSli", () => {
  it("deletes raw samples, check results, minute and hour sums each past their own retention", async () => {
    const slo = await ownSlo();
    const ages = [1, 7.9, 8.1, 34, 36, 399, 401];
    await recordSamples(
      db,
      ages.map((d) => sample(slo.id, ago(d))),
      now,
    );
    const check = await db.healthCheck.create({
      data: { serviceId: slo.serviceId, name: "health", url: "http://127.0.0.1:1/health" },
    });
    await db.healthCheckResult.createMany({
      data: [1, 7.9, 8.1, 30].map((d) => ({ checkId: check.id, at: ago(d), ok: true, status: 200, latencyMs: 12 })),
    });
    const before = await readSeries(db, slo.id, chartRange("90d"), now);

    const compacted = await compactSli(db, now, 8);

    const days = (rows: Date[]) =>
      rows.map((t) => Math.round(((now.getTime() - t.getTime()) / DAY) * 10) / 10).sort((a, b) => a - b);
    const samples = await db.sliSample.findMany({ where: { sloId: slo.id } });
    expect(days(samples.map((s) => s.at))).toEqual([1, 7.9]);
    const results = await db.healthCheckResult.findMany({ where: { checkId: check.id } });
    expect(days(results.map((r) => r.at))).toEqual([1, 7.9]);
    const minutes = await db.sliMinute.findMany({ where: { sloId: slo.id } });
    expect(days(minutes.map((m) => m.minute))).toEqual([1, 7.9, 8.1, 34]);
    expect(ROLLUP_RETENTION_DAYS.minute).toBeLessThan(36);
    const hours = await db.sliHour.findMany({ where: { sloId: slo.id } });
    expect(days(hours.map((h) => h.hour)).map(Math.round)).toEqual([1, 8, 8, 34, 36, 399]);
    expect(compacted.samples).toBeGreaterThanOrEqual(5);
    expect(compacted.checkResults).toBeGreaterThanOrEqual(2);
    expect(compacted.minutes).toBeGreaterThanOrEqual(3);
    expect(compacted.hours).toBeGreaterThanOrEqual(1);

    // The 90-day chart reads the hour sums: the same points after the raw samples are gone.
    expect(await readSeries(db, slo.id, chartRange("90d"), now)).toEqual(before);
    expect(before.reduce((s, p) => s + p.total, 0)).toBe(500);
  });

  it("works through more rows than one batch", async () => {
    const slo = await ownSlo();
    // 12,000 samples, one a second, ten days old: three batches of 5,000.
    const start = ago(10).getTime();
    for (let i = 0; i < 12_000; i += 1000) {
      await recordSamples(
        db,
        Array.from({ length: 1000 }, (_, j) => sample(slo.id, new Date(start + (i + j) * 1000))),
        now,
      );
    }
    const compacted = await compactSli(db, now, 8);
    expect(compacted.samples).toBeGreaterThanOrEqual(12_000);
    expect(await db.sliSample.count({ where: { sloId: slo.id } })).toBe(0);
    expect(await db.sliMinute.aggregate({ where: { sloId: slo.id }, _sum: { samples: true } })).toEqual({
      _sum: { samples: 12_000 },
    });
  });

  it("runs with the hourly sweep, at BRIDGE_SLI_RAW_RETENTION_DAYS (8 by default)", async () => {
    const slo = await ownSlo();
    await recordSamples(db, [sample(slo.id, ago(7)), sample(slo.id, ago(9))], now);
    const { log, lines } = captureLog();
    await handleSweep(systemCtx(now), { at: now }, { db, staleLockMs: 10_000, log }, 30);
    expect((await db.sliSample.findMany({ where: { sloId: slo.id } })).map((s) => s.at)).toEqual([ago(7)]);
    expect(lines.find((l) => l.msg === "finished jobs swept")?.compacted).toMatchObject({
      samples: expect.any(Number),
    });
  });
});
