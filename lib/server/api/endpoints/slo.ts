import "server-only";
import { z } from "zod";
import { sampleQuerySchema } from "@/lib/domain/slo/sample-query";
import { ID_MAX } from "@/lib/domain/text";
import { ingestSamples } from "../../slo/ingest-samples";
import { listSamples } from "../../slo/list-samples";
import { listSloStatus } from "../../slo/list-status";
import { reportReplicationLag as reportLag } from "../../slo/report-replication-lag";
import { endpoint } from "../endpoint";
import { ReplicationLag, ReplicationLagResult, SliBatch, SliResult, SliSamplePage, SloList } from "../schemas/slo";
import { sloJson } from "../slo-json";

// Service levels: what monitoring pushes (SLI samples, replication lag) and the SLOs as they stand.

const tag = "Service levels";

export const pushSliSamples = endpoint({
  method: "POST",
  path: "/api/v1/sli",
  operationId: "pushSliSamples",
  summary: "Push SLI samples",
  description:
    "Stores each valid sample and names each refused one; a partly bad batch keeps the good items (200). " +
    "When no item could be stored (all refused, or the body's shape is wrong) the answer is 422.",
  tag,
  scope: "sli:write",
  body: SliBatch,
  responses: { 200: { description: "What was stored, skipped as a duplicate, and refused", schema: SliResult } },
  handler: async (ctx, { raw }) => ({ body: await ingestSamples(ctx, raw) }),
});

export const reportReplicationLag = endpoint({
  method: "POST",
  path: "/api/v1/replication-lag",
  operationId: "reportReplicationLag",
  summary: "Report a data asset's replication lag",
  description:
    "For assets replicated continuously (RPO 0), whose recovery point is judged by this lag. " +
    "An older report than the stored one does not replace it.",
  tag,
  scope: "sli:write",
  body: ReplicationLag,
  responses: { 200: { description: "The asset's lag as now stored", schema: ReplicationLagResult } },
  handler: async (ctx, { raw }) => ({ body: await reportLag(ctx, raw) }),
});

export const listSlos = endpoint({
  method: "GET",
  path: "/api/v1/slos",
  operationId: "listSlos",
  summary: "List service level objectives",
  description: "Each SLO with its target, compliance window, attainment and error budget left now.",
  tag,
  scope: "slo:read",
  responses: { 200: { description: "Every SLO", schema: SloList } },
  handler: async (ctx) => ({ body: { items: (await listSloStatus(ctx)).map(sloJson), nextCursor: null } }),
});

export const listSloSamples = endpoint({
  method: "GET",
  path: "/api/v1/slos/{key}/samples",
  operationId: "listSloSamples",
  summary: "Read an SLO's raw samples",
  description: "Samples with `from` ≤ `at` < `to`, oldest first; a range spans at most 24 hours.",
  tag,
  scope: "slo:read",
  params: z.object({ key: z.string().min(1).max(ID_MAX).describe("The SLO's slug.") }),
  query: sampleQuerySchema,
  errors: [404],
  responses: { 200: { description: "A page of samples", schema: SliSamplePage } },
  handler: async (ctx, { params, query }) => ({ body: await listSamples(ctx, params.key, query) }),
});
