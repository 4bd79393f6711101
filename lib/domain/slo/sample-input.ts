// The shape of a batch of SLI samples (POST /api/v1/sli) and the rules each sample must meet. A
// batch is judged item by item: monitoring that sends one bad sample among hundreds must not lose
// the good ones, so `splitBatch` keeps what is valid and names what it refused.
import { z } from "zod";
import { ID_MAX, text } from "../text";
import { CHART_RANGES, MAX_SAMPLE_FUTURE_MS, MAX_SAMPLES_PER_BATCH } from "./vocabulary";

const DAY_MS = 24 * 60 * 60_000;
/** Counts are stored as Postgres `integer`. */
const MAX_COUNT = 2_147_483_647;
/**
 * Samples older than the longest chart range are refused: nothing would ever show them, and a
 * timestamp that old is far more likely a unit mistake (seconds for milliseconds) than a late batch.
 */
export const MAX_SAMPLE_AGE_MS = Math.max(...CHART_RANGES.map((r) => r.ms));
export const MAX_SAMPLE_AGE_DAYS = MAX_SAMPLE_AGE_MS / DAY_MS;

const count = (what: string) =>
  z
    .number({ error: `Give ${what} as a whole number` })
    .int(`${what} must be a whole number`)
    .min(0, `${what} cannot be negative`)
    .max(MAX_COUNT, `${what} is larger than ${MAX_COUNT}`);

/** One sample as sent: the SLO's slug, the start of its interval, and its counts. */
export const sampleItemSchema = z.object({
  slo: text(ID_MAX, { error: "Name the SLO by its slug" }).min(1, "Name the SLO by its slug"),
  at: z.iso
    .datetime({ offset: true, error: "Give the time as RFC 3339, e.g. 2026-11-30T09:00:00Z" })
    .pipe(z.coerce.date()),
  good: count("good"),
  total: count("total"),
  latencyP95Ms: z
    .number({ error: "Give latencyP95Ms in milliseconds" })
    .min(0, "latencyP95Ms cannot be negative")
    .max(86_400_000, "latencyP95Ms is longer than a day")
    .nullish(),
});
export type SampleItem = z.infer<typeof sampleItemSchema>;

/** The envelope around items of the given schema. */
export const sampleBatchOf = <T extends z.ZodType>(item: T) =>
  z.object(
    {
      samples: z
        .array(item, { error: "Send the samples as an array" })
        .min(1, "Send at least one sample")
        .max(MAX_SAMPLES_PER_BATCH, `At most ${MAX_SAMPLES_PER_BATCH} samples per request`),
    },
    { error: "Send an object with a samples array" },
  );

/** The envelope: its items are judged one by one by `splitBatch`, so here they are anything. */
export const sampleBatchSchema = sampleBatchOf(z.unknown());

export type RefusedSample = { index: number; field: string; message: string };
export type AcceptedSample = SampleItem & { index: number };

/** Field name of an item's problem as the caller wrote it: `samples[3].good`. */
export function sampleField(index: number, key?: string | number): string {
  return key === undefined ? `samples[${index}]` : `samples[${index}].${key}`;
}

/** Checks one item against the schema and the rules that need the clock. */
export function checkSample(
  item: unknown,
  index: number,
  now: Date,
): { ok: true; sample: AcceptedSample } | { ok: false; refused: RefusedSample[] } {
  const parsed = sampleItemSchema.safeParse(item);
  if (!parsed.success) {
    return {
      ok: false,
      refused: parsed.error.issues.map((issue) => ({
        index,
        field: sampleField(index, issue.path[0] as string | undefined),
        message: issue.message,
      })),
    };
  }
  const s = parsed.data;
  const refused: RefusedSample[] = [];
  if (s.good > s.total) {
    refused.push({ index, field: sampleField(index, "good"), message: `good (${s.good}) exceeds total (${s.total})` });
  }
  const ahead = s.at.getTime() - now.getTime();
  if (ahead > MAX_SAMPLE_FUTURE_MS) {
    refused.push({
      index,
      field: sampleField(index, "at"),
      message: `${s.at.toISOString()} is more than ${MAX_SAMPLE_FUTURE_MS / 60_000} minutes in the future; check the sender's clock`,
    });
  } else if (-ahead > MAX_SAMPLE_AGE_MS) {
    refused.push({
      index,
      field: sampleField(index, "at"),
      message: `${s.at.toISOString()} is more than ${MAX_SAMPLE_AGE_DAYS} days old`,
    });
  }
  return refused.length ? { ok: false, refused } : { ok: true, sample: { ...s, index } };
}

/** Splits a batch's items into the valid ones and the problems of the others, in the batch's order. */
export function splitBatch(
  items: readonly unknown[],
  now: Date,
): { accepted: AcceptedSample[]; refused: RefusedSample[] } {
  const accepted: AcceptedSample[] = [];
  const refused: RefusedSample[] = [];
  items.forEach((item, index) => {
    const result = checkSample(item, index, now);
    if (result.ok) accepted.push(result.sample);
    else refused.push(...result.refused);
  });
  return { accepted, refused };
}

/** Refusals as the field errors of a problem+json answer (`errors`), one key per field. */
export function refusalsAsFieldErrors(refused: readonly RefusedSample[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const r of refused) (errors[r.field] ??= []).push(r.message);
  return errors;
}
