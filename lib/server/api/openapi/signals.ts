import "server-only";
import { MAX_SAMPLE_AGE_DAYS } from "@/lib/domain/slo/sample-input";
import { MAX_SAMPLE_FUTURE_MS, MAX_SAMPLES_PER_BATCH } from "@/lib/domain/slo/vocabulary";
import { date, errors, json, nullableDate, ok, problem, ref, type JsonSchema, type OpenApiDocument } from "./parts";

// What monitoring pushes: SLI samples and replication lag.

export const signalsSchemas: Record<string, JsonSchema> = {
  SliSample: {
    type: "object",
    required: ["slo", "at", "good", "total"],
    description:
      `\`good\` of \`total\` events in the interval starting at \`at\` (for a latency SLO, good = requests faster ` +
      `than its threshold). At most ${MAX_SAMPLE_FUTURE_MS / 60_000} minutes ahead of the server's clock and at most ` +
      `${MAX_SAMPLE_AGE_DAYS} days old. One sample per (SLO, at): resending one is a duplicate, not a second sample.`,
    properties: {
      slo: { type: "string", description: "The SLO's slug.", examples: ["availability"] },
      at: { ...date, description: "RFC 3339, with Z or an offset." },
      good: { type: "integer", minimum: 0, description: "At most `total`." },
      total: { type: "integer", minimum: 0 },
      latencyP95Ms: { type: ["number", "null"], minimum: 0, description: "The interval's p95 latency, if known." },
    },
  },
  SliBatch: {
    type: "object",
    required: ["samples"],
    properties: {
      samples: { type: "array", minItems: 1, maxItems: MAX_SAMPLES_PER_BATCH, items: ref("SliSample") },
    },
  },
  RefusedSample: {
    type: "object",
    required: ["index", "field", "message"],
    properties: {
      index: { type: "integer", description: "Position of the item in `samples`." },
      field: { type: "string", examples: ["samples[3].good"] },
      message: { type: "string" },
    },
  },
  SliResult: {
    type: "object",
    required: ["accepted", "duplicates", "refused"],
    properties: {
      accepted: { type: "integer", description: "Samples stored now." },
      duplicates: { type: "integer", description: "Samples whose (SLO, at) was stored already; skipped." },
      refused: {
        type: "array",
        items: ref("RefusedSample"),
        description: "One entry per bad field; the rest was kept.",
      },
    },
  },
  ReplicationLag: {
    type: "object",
    required: ["asset", "lagSeconds"],
    properties: {
      asset: { type: "string", description: "The data asset's slug.", examples: ["code-repository"] },
      lagSeconds: { type: "number", minimum: 0 },
      at: { ...date, description: "When the lag was measured; defaults to now." },
    },
  },
  ReplicationLagResult: {
    type: "object",
    properties: {
      asset: { type: "string" },
      lagSeconds: { type: ["number", "null"] },
      reportedAt: nullableDate,
      stored: { type: "boolean", description: "False when a newer report was stored already (that one is shown)." },
    },
  },
};

export function signalsPaths(): OpenApiDocument["paths"] {
  return {
    "/api/v1/sli": {
      post: {
        operationId: "pushSliSamples",
        summary: "Push SLI samples",
        tags: ["Service levels"],
        description:
          "Stores each valid sample and names each refused one; a partly bad batch keeps the good items (200). " +
          "When no item could be stored (all refused, or the body's shape is wrong) the answer is 422. Scope `sli:write`.",
        requestBody: { required: true, content: json(ref("SliBatch")) },
        responses: {
          200: ok("What was stored, skipped as a duplicate, and refused", ref("SliResult")),
          ...errors,
          413: problem("TooLarge"),
          422: problem("Validation"),
        },
      },
    },
    "/api/v1/replication-lag": {
      post: {
        operationId: "reportReplicationLag",
        summary: "Report a data asset's replication lag",
        tags: ["Service levels"],
        description:
          "For assets replicated continuously (RPO 0), whose recovery point is judged by this lag. " +
          "An older report than the stored one does not replace it. Scope `sli:write`.",
        requestBody: { required: true, content: json(ref("ReplicationLag")) },
        responses: {
          200: ok("The asset's lag as now stored", ref("ReplicationLagResult")),
          ...errors,
          413: problem("TooLarge"),
          422: problem("Validation"),
        },
      },
    },
  };
}
