// Demo SLI samples: 30 days of a 5-minute feed for each of the plan's SLOs, shaped like real
// traffic (a daily curve, quieter weekends), degraded during the demo incidents (read from the
// database, so the charts' incident marks line up with them) and in ONE undeclared budget-burning
// episode a few days ago, sized so the availability SLO ends with part of its budget left.
// Written with the statement ingestion uses (storeSamples), so the per-minute and per-hour sums
// are exactly what a live feed would have built.
import type { Db } from "../lib/db/create-client";
import { allowedBadRatio } from "../lib/domain/slo/budget";
import { DEMO_TRAFFIC, demoRequests } from "../lib/domain/slo/demo-traffic";
import { storeSamples, type SampleRow } from "../lib/server/slo/store-samples";

const MIN = 60_000;
const DAY = 1440 * MIN;
export const SEED_SLI_STEP_MS = 5 * MIN;
export const SEED_SLI_DAYS = 30;
/** The budget-burning episode: this many days ago, from this UTC hour, this long (busy hours). */
export const SEED_BURN = { daysAgo: 5, fromHourUtc: 13, minutes: 150 };
/** Share of the availability SLO's 30-day budget spent when the seed ends (so 40 % is left). */
export const SEED_AVAILABILITY_CONSUMED = 0.6;
/** Replication lag reported for the one continuously replicated asset (RPO 0). */
export const SEED_REPLICATION = { asset: "code-repository", lagSeconds: 2.4 };

const SOURCE = "seed";
const BATCH = 5000;
// Availability counts failed requests and timeouts; the error-rate SLO only failed responses.
const ERROR_RATE_SHARE = 0.85;

/** A small fixed-seed generator: the demo looks the same on every machine and every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Degradation = { from: number; to: number; errorRate: number; slowShare: number; p95Ms: number };

const ERRORS_BY_SEVERITY = { SEV1: 0.05, SEV2: 0.015, SEV3: 0.004 } as const;
const SLOW_BY_SEVERITY = { SEV1: 0.5, SEV2: 0.3, SEV3: 0.12 } as const;

/** How each demo incident shows in the samples: from its start until it was mitigated (or resolved). */
function degradations(
  incidents: {
    title: string;
    severity: keyof typeof ERRORS_BY_SEVERITY;
    startedAt: Date;
    mitigatedAt: Date | null;
    resolvedAt: Date | null;
  }[],
  now: Date,
): Degradation[] {
  return incidents.map((i) => {
    const from = i.startedAt.getTime();
    const to = (i.mitigatedAt ?? i.resolvedAt ?? now).getTime();
    // A slowness incident makes requests slow rather than failed.
    const slow = /latency|slow|p95/i.test(i.title);
    return slow
      ? { from, to, errorRate: 0.002, slowShare: SLOW_BY_SEVERITY[i.severity], p95Ms: 4200 }
      : { from, to, errorRate: ERRORS_BY_SEVERITY[i.severity], slowShare: 0.03, p95Ms: 2400 };
  });
}

type Interval = {
  at: Date;
  requests: number;
  failed: number;
  slow: number;
  p95Ms: number;
  burning: boolean;
};

export async function seedSli(db: Db, now: Date): Promise<void> {
  const slos = new Map(
    (await db.slo.findMany({ select: { id: true, slug: true, targetPercent: true } })).map((s) => [s.slug, s]),
  );
  const availability = slos.get("availability");
  if (!availability) return;
  const rand = random(20261130);
  const last = Math.floor(now.getTime() / SEED_SLI_STEP_MS) * SEED_SLI_STEP_MS - SEED_SLI_STEP_MS;
  const count = (SEED_SLI_DAYS * DAY) / SEED_SLI_STEP_MS;
  const first = last - (count - 1) * SEED_SLI_STEP_MS;
  const incidents = await db.incident.findMany({
    where: { startedAt: { lte: now }, OR: [{ resolvedAt: null }, { resolvedAt: { gte: new Date(first) } }] },
    select: { title: true, severity: true, startedAt: true, mitigatedAt: true, resolvedAt: true },
  });
  const bad = degradations(incidents, now);
  const burnDay = new Date(last - SEED_BURN.daysAgo * DAY);
  const burnFrom = Date.UTC(
    burnDay.getUTCFullYear(),
    burnDay.getUTCMonth(),
    burnDay.getUTCDate(),
    SEED_BURN.fromHourUtc,
  );
  const burnTo = burnFrom + SEED_BURN.minutes * MIN;

  const intervals: Interval[] = [];
  for (let i = 0; i < count; i++) {
    const t = first + i * SEED_SLI_STEP_MS;
    const requests = demoRequests(t, SEED_SLI_STEP_MS, rand);
    const load = (requests - DEMO_TRAFFIC.quiet) / DEMO_TRAFFIC.swing;
    // Background: about 0.02 % failed, about 1 % slower than 3 s, p95 1.1–1.9 s with the load.
    let failed = Math.floor(requests * 0.0004 * rand() + rand());
    let slow = Math.round(requests * 0.01 * (0.5 + rand()));
    let p95Ms = 1100 + 700 * load + 150 * rand();
    const during = bad.find((d) => t + SEED_SLI_STEP_MS > d.from && t < d.to);
    if (during) {
      failed += Math.round(requests * during.errorRate * (0.7 + 0.6 * rand()));
      slow = Math.max(slow, Math.round(requests * during.slowShare * (0.8 + 0.4 * rand())));
      p95Ms = Math.max(p95Ms, during.p95Ms + 800 * rand());
    }
    const burning = t >= burnFrom && t < burnTo;
    if (burning) {
      slow = Math.max(slow, Math.round(requests * 0.04));
      p95Ms += 900;
    }
    intervals.push({ at: new Date(t), requests, failed, slow, p95Ms: Math.round(p95Ms), burning });
  }

  // Size the episode so that, with everything else, the availability budget ends SEED_AVAILABILITY_CONSUMED spent.
  const total = intervals.reduce((s, x) => s + x.requests, 0);
  const failedSoFar = intervals.reduce((s, x) => s + x.failed, 0);
  const burnRequests = intervals.reduce((s, x) => s + (x.burning ? x.requests : 0), 0);
  const wanted = SEED_AVAILABILITY_CONSUMED * allowedBadRatio(availability.targetPercent) * total;
  const burnRate = burnRequests > 0 ? Math.min(0.5, Math.max(0, wanted - failedSoFar) / burnRequests) : 0;
  for (const x of intervals) if (x.burning) x.failed += Math.round(x.requests * burnRate);

  const rows: SampleRow[] = [];
  const add = (slug: string, pick: (x: Interval) => Pick<SampleRow, "good" | "total" | "latencyP95Ms">) => {
    const slo = slos.get(slug);
    if (!slo) return;
    for (const x of intervals) rows.push({ sloId: slo.id, at: x.at, source: SOURCE, ...pick(x) });
  };
  add("availability", (x) => ({ good: x.requests - x.failed, total: x.requests, latencyP95Ms: null }));
  add("error-rate", (x) => ({
    good: x.requests - Math.round(x.failed * ERROR_RATE_SHARE),
    total: x.requests,
    latencyP95Ms: null,
  }));
  add("latency-p95", (x) => ({ good: x.requests - x.slow, total: x.requests, latencyP95Ms: x.p95Ms }));
  // Generated documents, every one checked and correct: the 100 % objective holds.
  add("data-integrity", (x) => {
    const docs = Math.max(1, Math.round(x.requests / 200));
    return { good: docs, total: docs, latencyP95Ms: null };
  });
  for (let i = 0; i < rows.length; i += BATCH) await storeSamples(db, rows.slice(i, i + BATCH), now);

  await db.dataAsset.updateMany({
    where: { slug: SEED_REPLICATION.asset, replicationReportedAt: null },
    data: { replicationLagSeconds: SEED_REPLICATION.lagSeconds, replicationReportedAt: now },
  });
}
