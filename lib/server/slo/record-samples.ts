import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import { sloEvaluateJob } from "@/lib/domain/jobs";
import { emit } from "../events";
import { enqueue } from "../jobs/enqueue";

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
 * sums count each sample once. Then moves each SLO's lastSampleAt, tells live pages, and
 * schedules an evaluation of the SLOs' alert rules. Call it in the caller's transaction.
 */
export async function recordSamples(
  tx: Pick<Db | Tx, "$queryRaw" | "$executeRaw">,
  samples: SampleRow[],
  now: Date,
): Promise<{ inserted: number; duplicates: number }> {
  if (samples.length === 0) return { inserted: 0, duplicates: 0 };
  const [row] = await tx.$queryRaw<{ inserted: bigint; slos: string[] | null }[]>`
    WITH input AS (
      SELECT * FROM unnest(${samples.map((s) => s.sloId)}::text[], ${samples.map((s) => s.at)}::timestamp(3)[],
        ${samples.map((s) => s.good)}::int[], ${samples.map((s) => s.total)}::int[],
        ${samples.map((s) => s.latencyP95Ms)}::float8[], ${samples.map((s) => s.source)}::text[])
        AS i("sloId", at, good, total, p95, source)
    ), inserted AS (
      INSERT INTO "SliSample" ("sloId", at, good, total, "latencyP95Ms", source, "receivedAt")
      SELECT "sloId", at, good, total, p95, source, ${now} FROM input
      ON CONFLICT DO NOTHING
      RETURNING "sloId", at, good, total, "latencyP95Ms" AS p95
    ), minutes AS (
      INSERT INTO "SliMinute" AS m ("sloId", minute, good, total, samples, "p95Max", "p95Sum", "p95Weight")
      SELECT "sloId", date_trunc('minute', at), sum(good), sum(total), count(*), max(p95),
        COALESCE(sum(p95 * total) FILTER (WHERE p95 IS NOT NULL), 0), COALESCE(sum(total) FILTER (WHERE p95 IS NOT NULL), 0)
      FROM inserted GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("sloId", minute) DO UPDATE SET good = m.good + EXCLUDED.good, total = m.total + EXCLUDED.total,
        samples = m.samples + EXCLUDED.samples, "p95Max" = GREATEST(m."p95Max", EXCLUDED."p95Max"),
        "p95Sum" = m."p95Sum" + EXCLUDED."p95Sum", "p95Weight" = m."p95Weight" + EXCLUDED."p95Weight"
      RETURNING 1
    ), hours AS (
      INSERT INTO "SliHour" AS h ("sloId", hour, good, total, samples, "p95Max", "p95Sum", "p95Weight")
      SELECT "sloId", date_trunc('hour', at), sum(good), sum(total), count(*), max(p95),
        COALESCE(sum(p95 * total) FILTER (WHERE p95 IS NOT NULL), 0), COALESCE(sum(total) FILTER (WHERE p95 IS NOT NULL), 0)
      FROM inserted GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("sloId", hour) DO UPDATE SET good = h.good + EXCLUDED.good, total = h.total + EXCLUDED.total,
        samples = h.samples + EXCLUDED.samples, "p95Max" = GREATEST(h."p95Max", EXCLUDED."p95Max"),
        "p95Sum" = h."p95Sum" + EXCLUDED."p95Sum", "p95Weight" = h."p95Weight" + EXCLUDED."p95Weight"
      RETURNING 1
    ), latest AS (
      UPDATE "Slo" s SET "lastSampleAt" = GREATEST(s."lastSampleAt", l.at)
      FROM (SELECT "sloId", max(at) AS at FROM inserted GROUP BY 1) l WHERE s.id = l."sloId"
      RETURNING s.id
    )
    SELECT (SELECT count(*) FROM inserted) AS inserted,
      (SELECT array_agg(id) FROM latest) AS slos,
      (SELECT count(*) FROM minutes) + (SELECT count(*) FROM hours) AS sums`;
  const inserted = Number(row.inserted);
  const slos = row.slos ?? [];
  for (const id of slos) await emit(tx, { type: "slo", id });
  await enqueue(
    tx,
    slos.map((id) => sloEvaluateJob(id, now)),
  );
  return { inserted, duplicates: samples.length - inserted };
}
