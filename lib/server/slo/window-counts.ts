import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { NO_EVENTS, type Counts } from "@/lib/domain/slo/budget";
import type { WindowCounts } from "@/lib/domain/slo/rules";
import { BURN_WINDOWS, type BurnWindow, type SloWindow } from "@/lib/domain/slo/vocabulary";
import { complianceWindow, type WindowSpan } from "@/lib/domain/slo/window";
import { env } from "../env";

export type SloCounts = {
  /** Each burn window's counts, ending at `now` (per-minute sums: a window starts on a whole minute). */
  windows: WindowCounts;
  /** The compliance window's counts (per-hour sums: it starts on a whole hour). */
  compliance: Counts;
  span: WindowSpan;
};

type SloRef = { id: string; window: SloWindow; windowDays: number };
type Row = { sloId: string } & Record<string, bigint | null>;

const WINDOW_KEYS = Object.keys(BURN_WINDOWS) as BurnWindow[];
const LONGEST_MS = Math.max(...Object.values(BURN_WINDOWS));

/** Burn-window and compliance-window counts of each SLO at `now`, in two statements whatever the number of SLOs. */
export async function readWindowCounts(
  db: Db | Tx,
  slos: SloRef[],
  now: Date,
  timeZone = env.BRIDGE_TIME_ZONE,
): Promise<Map<string, SloCounts>> {
  const result = new Map<string, SloCounts>();
  if (slos.length === 0) return result;
  const ids = slos.map((s) => s.id);
  const columns = WINDOW_KEYS.map((key) => {
    const from = new Date(now.getTime() - BURN_WINDOWS[key]);
    const since = Prisma.sql`minute >= date_trunc('minute', ${from}::timestamp)`;
    return Prisma.sql`sum(good) FILTER (WHERE ${since}) AS ${Prisma.raw(`"g${key}"`)},
      sum(total) FILTER (WHERE ${since}) AS ${Prisma.raw(`"t${key}"`)}`;
  });
  const burnRows = await db.$queryRaw<Row[]>`
    SELECT "sloId", ${Prisma.join(columns)} FROM "SliMinute"
    WHERE "sloId" = ANY(${ids}::text[]) AND minute >= date_trunc('minute', ${new Date(now.getTime() - LONGEST_MS)}::timestamp)
      AND minute <= ${now}
    GROUP BY "sloId"`;
  const spans = new Map(slos.map((s) => [s.id, complianceWindow(s, now, timeZone)]));
  const bounds = Prisma.join(
    slos.map((s) => Prisma.sql`(${s.id}::text, date_trunc('hour', ${spans.get(s.id)!.from}::timestamp))`),
  );
  const complianceRows = await db.$queryRaw<{ sloId: string; good: bigint | null; total: bigint | null }[]>`
    SELECT b.id AS "sloId", sum(h.good) AS good, sum(h.total) AS total
    FROM (VALUES ${bounds}) AS b(id, since) JOIN "SliHour" h ON h."sloId" = b.id AND h.hour >= b.since AND h.hour <= ${now}
    GROUP BY b.id`;
  const burn = new Map(burnRows.map((r) => [r.sloId, r]));
  const compliance = new Map(complianceRows.map((r) => [r.sloId, r]));
  for (const slo of slos) {
    const row = burn.get(slo.id);
    const windows = Object.fromEntries(
      WINDOW_KEYS.map((key) => [
        key,
        row ? { good: Number(row[`g${key}`] ?? 0), total: Number(row[`t${key}`] ?? 0) } : NO_EVENTS,
      ]),
    ) as WindowCounts;
    const c = compliance.get(slo.id);
    result.set(slo.id, {
      windows,
      compliance: c ? { good: Number(c.good ?? 0), total: Number(c.total ?? 0) } : NO_EVENTS,
      span: spans.get(slo.id)!,
    });
  }
  return result;
}
