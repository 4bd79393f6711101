import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import { sloEvaluateJob } from "@/lib/domain/jobs";
import { emit } from "../events";
import { enqueue } from "../jobs/enqueue";
import { storeSamples, type SampleRow } from "./store-samples";

export type { SampleRow };

/**
 * Stores samples and adds them to their SLOs' per-minute and per-hour sums (`storeSamples`), then
 * tells live pages and schedules an evaluation of the SLOs' alert rules. Call it in the caller's
 * transaction.
 */
export async function recordSamples(
  tx: Pick<Db | Tx, "$queryRaw" | "$executeRaw">,
  samples: SampleRow[],
  now: Date,
): Promise<{ inserted: number; duplicates: number }> {
  const { inserted, slos } = await storeSamples(tx, samples, now);
  for (const id of slos) await emit(tx, { type: "slo", id });
  await enqueue(
    tx,
    slos.map((id) => sloEvaluateJob(id, now)),
  );
  return { inserted, duplicates: samples.length - inserted };
}
