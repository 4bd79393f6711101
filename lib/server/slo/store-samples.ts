// The one statement that stores SLI samples and keeps the per-minute and per-hour sums up to date.
// No "server-only" here: the seed (run by plain Node at start-up and for test templates) writes
// its demo samples through this same statement, so seeded rollups are exactly what ingestion makes.
import type { Db, Tx } from "../../db/create-client";
import { Prisma } from "../../generated/prisma/client";

/** A sample already validated (lib/domain/slo/sample-input.ts) and resolved to its SLO's id. */
export type SampleRow = {
  sloId: string;
  at: Date;
  good: number;
  total: number;
  latencyP95Ms: number | null;
  source: string;
};

/**
 * Stores samples and adds them to their SLOs' per-minute and per-hour sums in one statement; a
 * sample whose (SLO, time) is stored already is skipped (a resend is the same sample), so the
 * sums count each sample once. Moves each SLO's lastSampleAt. Returns how many were new and the
 * SLOs that got any.
 */
export async function storeSamples(
  tx: Pick<Db | Tx, "$queryRaw">,
  samples: SampleRow[],
  now: Date,
): Promise<{ inserted: number; slos: string[] }> {
  if (samples.length === 0) return { inserted: 0, slos: [] };
  const [row] = await tx.$queryRaw<{ inserted: bigint; slos: string[] | null }[]>`
    WITH input AS (
      SELECT * FROM unnest(${samples.map((s) => s.sloId)}::text[], ${samples.map((s) => s.at)}::timestamp(3)[],
        ${samples.map((s) => s.good)}::int[], ${samples.map((s) => s.total)}::int[],
        ${samples.map((s) => s.latencyP95Ms)}::float8[], ${samples.map((s) => s.source)}::text[])
        AS i("sloId", at, good, total, p95, source)
    ), inserted AS (
      INSERT INTO "SliSample" ("sloId", at, good, total, "latencyP95Ms", source, "receivedAt")
      -- In key order, as the sums below are: two senders retrying overlapping batches at once then
      -- wait on each other's rows in the same order instead of deadlocking.
      SELECT "sloId", at, good, total, p95, source, ${now} FROM input ORDER BY "sloId", at
      ON CONFLICT DO NOTHING
      RETURNING "sloId", at, good, total, "latencyP95Ms" AS p95
    ), minutes AS (
      ${addToSums("SliMinute", "minute")}
    ), hours AS (
      ${addToSums("SliHour", "hour")}
    ), latest AS (
      UPDATE "Slo" s SET "lastSampleAt" = GREATEST(s."lastSampleAt", l.at)
      FROM (SELECT "sloId", max(at) AS at FROM inserted GROUP BY 1) l WHERE s.id = l."sloId"
      RETURNING s.id
    )
    SELECT (SELECT count(*) FROM inserted) AS inserted,
      (SELECT array_agg(id) FROM latest) AS slos,
      (SELECT count(*) FROM minutes) + (SELECT count(*) FROM hours) AS sums`;
  return { inserted: Number(row.inserted), slos: row.slos ?? [] };
}

/**
 * The statement body that adds the samples just inserted (`inserted`) to one granularity's sums,
 * in key order, as the inserts are: overlapping batches wait on each other instead of deadlocking.
 */
function addToSums(table: "SliMinute" | "SliHour", bucket: "minute" | "hour"): Prisma.Sql {
  const sums = Prisma.raw(`"${table}"`);
  const column = Prisma.raw(bucket);
  return Prisma.sql`
    INSERT INTO ${sums} AS r ("sloId", ${column}, good, total, samples, "p95Max", "p95Sum", "p95Weight")
    SELECT "sloId", date_trunc(${bucket}, at), sum(good), sum(total), count(*), max(p95),
      COALESCE(sum(p95 * total) FILTER (WHERE p95 IS NOT NULL), 0), COALESCE(sum(total) FILTER (WHERE p95 IS NOT NULL), 0)
    FROM inserted GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("sloId", ${column}) DO UPDATE SET good = r.good + EXCLUDED.good, total = r.total + EXCLUDED.total,
      samples = r.samples + EXCLUDED.samples, "p95Max" = GREATEST(r."p95Max", EXCLUDED."p95Max"),
      "p95Sum" = r."p95Sum" + EXCLUDED."p95Sum", "p95Weight" = r."p95Weight" + EXCLUDED."p95Weight"
    RETURNING 1`;
}
