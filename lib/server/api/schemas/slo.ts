import "server-only";
import { z } from "zod";
import { replicationLagSchema } from "@/lib/domain/slo/replication-lag-input";
import { MAX_SAMPLE_AGE_DAYS, sampleBatchOf, sampleItemSchema } from "@/lib/domain/slo/sample-input";
import { MAX_SAMPLE_FUTURE_MS, SLO_KINDS, SLO_WINDOWS } from "@/lib/domain/slo/vocabulary";
import { named } from "../schema-registry";
import { nullableTime, page, time } from "./common";

// Service levels on the wire: what monitoring pushes (samples, replication lag) and what the SLO
// reads answer (lib/server/api/slo-json.ts builds exactly these).

export const SliSample = named(
  "SliSample",
  sampleItemSchema,
  `\`good\` of \`total\` events in the interval starting at \`at\` (for a latency SLO, good = requests faster ` +
    `than its threshold). At most ${MAX_SAMPLE_FUTURE_MS / 60_000} minutes ahead of the server's clock and at most ` +
    `${MAX_SAMPLE_AGE_DAYS} days old. One sample per (SLO, at): resending one is a duplicate, not a second sample.`,
);

// Each item is judged on its own by the service (a bad one is refused, the rest kept), so the body
// schema documents the item but lets any item through (`catch` hands back what was sent).
export const SliBatch = named(
  "SliBatch",
  sampleBatchOf(SliSample.catch((failed) => failed.value as z.output<typeof SliSample>)),
);

const RefusedSample = named(
  "RefusedSample",
  z.object({
    index: z.number().int().describe("Position of the item in `samples`."),
    field: z.string().describe("E.g. `samples[3].good`."),
    message: z.string(),
  }),
);

export const SliResult = named(
  "SliResult",
  z.object({
    accepted: z.number().int().describe("Samples stored now."),
    duplicates: z.number().int().describe("Samples whose (SLO, at) was stored already; skipped."),
    refused: z.array(RefusedSample).describe("One entry per bad field; the rest was kept."),
  }),
);

export const ReplicationLag = named("ReplicationLag", replicationLagSchema);

export const ReplicationLagResult = named(
  "ReplicationLagResult",
  z.object({
    asset: z.string(),
    lagSeconds: z.number().nullable(),
    reportedAt: nullableTime,
    stored: z.boolean().describe("False when a newer report was stored already (that one is shown)."),
  }),
);

const fraction = (what: string) => z.number().nullable().describe(`${what}; null without events in the window.`);

export const Slo = named(
  "Slo",
  z.object({
    slug: z.string().describe("Names the SLO in `POST /api/v1/sli` and in `/slos/{key}/samples`."),
    name: z.string(),
    kind: z.enum(SLO_KINDS),
    service: z.object({ slug: z.string(), name: z.string() }),
    targetPercent: z.number().describe("Percent of good events the objective promises (99.9)."),
    thresholdMs: z.number().int().nullable().describe("For a latency SLO: a good request is faster than this."),
    window: z.object({
      kind: z.enum(SLO_WINDOWS),
      days: z.number().int(),
      from: time.describe("Start of the compliance window now."),
      to: time,
    }),
    attainmentPercent: z.number().nullable().describe("Percent of good events in the window; null without events."),
    errorBudget: z.object({
      totalMinutes: z.number().describe("The window's budget as minutes of full outage."),
      remainingFraction: fraction("Share of the budget left (below 0 when overspent)"),
      remainingMinutes: fraction("Minutes of the budget left"),
    }),
    lastSampleAt: nullableTime,
    firingAlerts: z.array(z.object({ rule: z.string(), label: z.string(), dryRun: z.boolean(), firedAt: time })),
  }),
);

export const SloList = named("SloList", page(Slo).describe("Every SLO on one page (`nextCursor` is null)."));

export const SliSampleRow = named(
  "SliSampleRow",
  z.object({
    at: time,
    good: z.number().int(),
    total: z.number().int(),
    latencyP95Ms: z.number().nullable(),
    source: z.string().describe("`api:<token name>`, `check:<id>` or `seed`."),
    receivedAt: time,
  }),
);

export const SliSamplePage = named("SliSamplePage", page(SliSampleRow));
