import "server-only";
import { DomainError } from "@/lib/domain/errors";
import {
  refusalsAsFieldErrors,
  sampleBatchSchema,
  sampleField,
  splitBatch,
  type RefusedSample,
} from "@/lib/domain/slo/sample-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { recordSamples } from "./record-samples";

export type IngestResult = { accepted: number; duplicates: number; refused: RefusedSample[] };

/** Who sent the samples, as stored with each: `api:<token name>` (or the signed-in person's e-mail). */
export function sampleSource(ctx: Ctx): string {
  // A token's label is "token <name>" (lib/server/context.ts); the sample names the token alone.
  const who = ctx.actor.kind === "token" ? ctx.actor.label.replace(/^token /, "") : ctx.actor.label;
  return `api:${who}`;
}

/**
 * POST /api/v1/sli: stores the valid samples of a batch and names the refused ones. A batch with
 * nothing storable (every item refused) is a VALIDATION error naming each field, so a caller whose
 * every sample is wrong gets a 4xx, not a cheerful 200; a resent batch is all duplicates, not an error.
 */
export async function ingestSamples(ctx: Ctx, input: unknown): Promise<IngestResult> {
  return mutate(ctx, "sli:write", sampleBatchSchema, input, async (tx, { samples }) => {
    const { accepted, refused } = splitBatch(samples, ctx.now);
    const slugs = [...new Set(accepted.map((s) => s.slo))];
    const slos = new Map(
      (await tx.slo.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map((s) => [
        s.slug,
        s.id,
      ]),
    );
    const known = accepted.filter((s) => slos.has(s.slo));
    for (const s of accepted) {
      if (!slos.has(s.slo))
        refused.push({ index: s.index, field: sampleField(s.index, "slo"), message: `No SLO has the slug "${s.slo}"` });
    }
    refused.sort((a, b) => a.index - b.index);
    if (known.length === 0) {
      throw new DomainError(
        "VALIDATION",
        `No sample was stored: all ${samples.length} were refused`,
        refusalsAsFieldErrors(refused),
      );
    }
    const source = sampleSource(ctx);
    const { inserted, duplicates } = await recordSamples(
      tx,
      known.map((s) => ({
        sloId: slos.get(s.slo)!,
        at: s.at,
        good: s.good,
        total: s.total,
        latencyP95Ms: s.latencyP95Ms ?? null,
        source,
      })),
      ctx.now,
    );
    return {
      result: { accepted: inserted, duplicates, refused },
      audit: {
        action: "sli.ingest",
        entityType: "Slo",
        after: {
          source,
          received: samples.length,
          accepted: inserted,
          duplicates,
          refused: new Set(refused.map((r) => r.index)).size,
          slos: [...new Set(known.map((s) => s.slo))].sort(),
        },
      },
    };
  });
}
