import "server-only";
import { burnDown, chartRows, downsample, type Bucket } from "@/lib/domain/slo/chart";
import { DomainError } from "@/lib/domain/errors";
import type { ChartRange } from "@/lib/domain/slo/vocabulary";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { listSloStatus } from "./list-status";
import { readSeries } from "./series";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Everything the page of one SLO charts over `range` ending at ctx.now: its status, the buckets
 * of the range (at most ~300), the budget burn-down over its compliance window, and the incidents
 * of its service that overlap the range (to mark them on the time axis).
 */
export async function getSloCharts(ctx: Ctx, slug: string, range: ChartRange) {
  authorize(ctx, "plan:read");
  const [status] = await listSloStatus(ctx, { slug });
  if (!status) throw new DomainError("NOT_FOUND", `No service level objective named "${slug}".`);
  const now = ctx.now;
  const from = new Date(now.getTime() - range.ms);
  const [series, hours, incidents] = await Promise.all([
    readSeries(db, status.id, range, now),
    readComplianceHours(status.id, status.span.from, now),
    db.incident.findMany({
      where: {
        startedAt: { lte: now },
        OR: [{ resolvedAt: null }, { resolvedAt: { gte: from } }],
        AND: [
          {
            OR: [
              { components: { some: { component: { serviceId: status.service.id } } } },
              { sloAlerts: { some: { sloId: status.id } } },
            ],
          },
        ],
      },
      orderBy: { startedAt: "asc" },
      take: 50,
      select: { id: true, number: true, title: true, severity: true, startedAt: true, resolvedAt: true },
    }),
  ]);
  const base = range.bucket === "minute" ? MINUTE : HOUR;
  const sampled = downsample(series, { from, to: now }, base);
  // The burn-down runs over the whole compliance window, whatever range the other charts show.
  const burn = downsample(hours, status.span, HOUR);
  return {
    status,
    range: { key: range.key, from: from.getTime(), to: now.getTime(), stepMs: sampled.stepMs },
    rows: chartRows(sampled.buckets),
    burnDown: burnDown(burn.buckets, status.targetPercent, status.span.ms),
    incidents: incidents.map((i) => ({
      ...i,
      // Clipped to the range, so an incident that began before it still shows where the range starts.
      from: Math.max(i.startedAt.getTime(), from.getTime()),
      to: Math.min(i.resolvedAt?.getTime() ?? now.getTime(), now.getTime()),
    })),
  };
}

export type SloCharts = Awaited<ReturnType<typeof getSloCharts>>;

/** The SLO's hourly sums over its compliance window, as window-counts reads them (whole hours from its start). */
async function readComplianceHours(sloId: string, from: Date, now: Date): Promise<Bucket[]> {
  const start = new Date(Math.floor(from.getTime() / HOUR) * HOUR);
  const rows = await db.sliHour.findMany({
    where: { sloId, hour: { gte: start, lte: now } },
    orderBy: { hour: "asc" },
    select: { hour: true, good: true, total: true, p95Max: true, p95Sum: true, p95Weight: true },
  });
  return rows.map((r) => ({
    t: r.hour,
    good: Number(r.good),
    total: Number(r.total),
    p95Max: r.p95Max,
    p95Mean: r.p95Weight > 0n ? r.p95Sum / Number(r.p95Weight) : null,
  }));
}
