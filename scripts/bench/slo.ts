// npm run bench:slo -- [--days 30] [--every 10] [--reads 50] [--db-prefix NAME]
// What a 30-day SLO chart costs the server with a busy feed: one SLO gets a sample every 10 s for
// 30 days (259,200 samples) through recordSamples in batches of 1,000, each batch in its own
// transaction as POST /api/v1/sli does (load rate printed); then the chart's server-side reads
// (readSeries over 30 days plus readWindowCounts) run 50 times.
// Last line: slo samples=N chart_ms_p95=… (goal ≤ 300).
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/db/create-client";
import { chartRange } from "../../lib/domain/slo/vocabulary";
import { recordSamples, type SampleRow } from "../../lib/server/slo/record-samples";
import { readSeries } from "../../lib/server/slo/series";
import { readWindowCounts } from "../../lib/server/slo/window-counts";
import { freshDatabase } from "../fault/database";
import { percentile } from "./escalation-stats";

const { values } = parseArgs({
  options: {
    days: { type: "string", default: "30" },
    every: { type: "string", default: "10" },
    reads: { type: "string", default: "50" },
    "db-prefix": { type: "string", default: "bridge_bench_slo" },
  },
});
const DAY_MS = 24 * 60 * 60_000;
const days = Number(values.days);
const stepMs = Number(values.every) * 1000;
const reads = Number(values.reads);
const BATCH = 1000;

const database = await freshDatabase(`${values["db-prefix"]}_${process.pid}`);
const db = createPrismaClient(database.url, { max: 4 });
try {
  const service = await db.service.create({ data: { slug: "bench-slo", name: "Bench" } });
  const slo = await db.slo.create({
    data: {
      serviceId: service.id,
      slug: "bench-availability",
      kind: "AVAILABILITY",
      name: "Bench availability",
      targetPercent: 99.9,
    },
  });
  const end = Math.floor(Date.now() / stepMs) * stepMs;
  const count = Math.floor((days * DAY_MS) / stepMs);
  const first = end - (count - 1) * stepMs;
  const sample = (i: number): SampleRow => {
    const total = 800 + ((i * 7919) % 400);
    return {
      sloId: slo.id,
      at: new Date(first + i * stepMs),
      good: total - (i % 97 === 0 ? 3 : 0),
      total,
      latencyP95Ms: 900 + ((i * 104729) % 800),
      source: "bench",
    };
  };

  const t0 = performance.now();
  for (let i = 0; i < count; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - i) }, (_, j) => sample(i + j));
    await db.$transaction((tx) => recordSamples(tx, batch, new Date()));
  }
  const loadSeconds = (performance.now() - t0) / 1000;
  console.log(
    `slo load samples=${count} batches=${Math.ceil(count / BATCH)} seconds=${loadSeconds.toFixed(1)} samples_per_s=${Math.round(count / loadSeconds)}`,
  );
  await db.$executeRawUnsafe(`ANALYZE "SliSample", "SliMinute", "SliHour"`);

  const range = chartRange("30d");
  const chart = async () => {
    const now = new Date();
    const t = performance.now();
    const [series, counts] = await Promise.all([
      readSeries(db, slo.id, range, now),
      readWindowCounts(db, [slo], now, "UTC"),
    ]);
    return { ms: performance.now() - t, points: series.length, total: counts.get(slo.id)!.compliance.total };
  };
  for (let i = 0; i < 5; i++) await chart(); // warm-up: plans and connections
  const times: number[] = [];
  let last = { points: 0, total: 0 };
  for (let i = 0; i < reads; i++) {
    const r = await chart();
    times.push(r.ms);
    last = r;
  }
  const sorted = times.sort((a, b) => a - b);
  console.log(
    `slo chart range=30d reads=${reads} points=${last.points} window_total=${last.total} p50_ms=${percentile(sorted, 50).toFixed(1)} max_ms=${sorted[sorted.length - 1].toFixed(1)}`,
  );
  console.log(`slo samples=${count} chart_ms_p95=${percentile(sorted, 95).toFixed(1)}`);
} finally {
  await db.$disconnect();
  await database.drop();
}
