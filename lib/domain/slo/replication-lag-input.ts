// The body of POST /api/v1/replication-lag: how far a continuously replicated data asset's copy is
// behind, as its replication reports it. An RPO of 0 is judged by this lag, not by backup age.
import { z } from "zod";
import { ID_MAX, text } from "../text";
import { MAX_SAMPLE_FUTURE_MS } from "./vocabulary";

export const replicationLagSchema = z.object({
  asset: text(ID_MAX, { error: "Name the data asset by its slug" }).min(1, "Name the data asset by its slug"),
  lagSeconds: z
    .number({ error: "Give lagSeconds as a number of seconds" })
    .min(0, "lagSeconds cannot be negative")
    .max(10 * 365 * 86_400, "lagSeconds is longer than ten years"),
  at: z.iso
    .datetime({ offset: true, error: "Give the time as RFC 3339, e.g. 2026-11-30T09:00:00Z" })
    .pipe(z.coerce.date())
    .optional(),
});
export type ReplicationLagInput = z.infer<typeof replicationLagSchema>;

/** The time a report stands for (its `at`, or when it arrived), or a message when it is too far ahead. */
export function reportedAt(input: ReplicationLagInput, now: Date): { at: Date } | { error: string } {
  const at = input.at ?? now;
  if (at.getTime() - now.getTime() > MAX_SAMPLE_FUTURE_MS) {
    return {
      error: `${at.toISOString()} is more than ${MAX_SAMPLE_FUTURE_MS / 60_000} minutes in the future; check the sender's clock`,
    };
  }
  return { at };
}
