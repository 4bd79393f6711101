import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChartRange } from "@/lib/domain/slo/vocabulary";

/** One bucket of a chart: its start, its counts, and its p95 (largest and traffic-weighted mean of the samples'). */
export type SeriesPoint = { t: Date; good: number; total: number; p95Max: number | null; p95Mean: number | null };

type Row = { t: Date; good: bigint; total: bigint; p95Max: number | null; p95Sum: number; p95Weight: bigint };

/** An SLO's buckets over `range` ending at `now`, from the rollup the range names (minute or hour), oldest first. */
export async function readSeries(db: Db | Tx, sloId: string, range: ChartRange, now: Date): Promise<SeriesPoint[]> {
  const from = new Date(now.getTime() - range.ms);
  const [table, column] = range.bucket === "minute" ? ['"SliMinute"', "minute"] : ['"SliHour"', "hour"];
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${Prisma.raw(column)} AS t, good, total, "p95Max", "p95Sum", "p95Weight" FROM ${Prisma.raw(table)}
    WHERE "sloId" = ${sloId} AND ${Prisma.raw(column)} >= date_trunc(${column}, ${from}::timestamp)
      AND ${Prisma.raw(column)} <= ${now}
    ORDER BY ${Prisma.raw(column)}`;
  return rows.map((r) => ({
    t: r.t,
    good: Number(r.good),
    total: Number(r.total),
    p95Max: r.p95Max,
    p95Mean: Number(r.p95Weight) > 0 ? r.p95Sum / Number(r.p95Weight) : null,
  }));
}
