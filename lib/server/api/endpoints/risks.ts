import "server-only";
import { z } from "zod";
import { LEVELS } from "@/lib/domain/level";
import { reviewRiskSchema, riskSchema } from "@/lib/domain/risk-input";
import { ID_MAX, text } from "@/lib/domain/text";
import { deleteRisk } from "../../risks/delete-risk";
import { listRisks } from "../../risks/list-risks";
import { reviewRisk } from "../../risks/review-risk";
import { saveRisk } from "../../risks/save-risk";
import { riskJson } from "../dr-json";
import { endpoint } from "../endpoint";
import { pageOf } from "../page-of";
import { patchRisk } from "../patch-risk";
import { readRisk } from "../read-risk";
import { pageQuery } from "../schemas/common";
import { Risk, RiskPage } from "../schemas/dr";

// The risk register: list (filtered like /dr/risks), add, change, delete and mark reviewed.

const tag = "Disaster recovery";
const idParams = z.object({ id: text(ID_MAX).min(1).describe("The risk's id.") });
const fields = riskSchema.omit({ id: true });
const level = z.enum(LEVELS).optional();

export const listRisksEndpoint = endpoint({
  method: "GET",
  path: "/api/v1/risks",
  operationId: "listRisks",
  summary: "List risks",
  description:
    "Highest mitigation priority first. Filter by heat map cell (`probability`, `impact`) or `overdue=true`.",
  tag,
  scope: "dr:read",
  query: z.object({
    probability: level,
    impact: level,
    overdue: z.enum(["true", "false"]).optional().describe("`true`: only risks whose review is past due."),
    ...pageQuery,
  }),
  responses: { 200: { description: "A page of risks", schema: RiskPage } },
  handler: async (ctx, { query }) => {
    const shown = (await listRisks(ctx)).risks.filter(
      (r) =>
        (!query.probability || r.probability === query.probability) &&
        (!query.impact || r.impact === query.impact) &&
        (query.overdue === undefined || r.overdue === (query.overdue === "true")),
    );
    return { body: pageOf(shown.map(riskJson), (r) => r.id, query) };
  },
});

export const createRisk = endpoint({
  method: "POST",
  path: "/api/v1/risks",
  operationId: "createRisk",
  summary: "Add a risk",
  description: "`reviewDueAt` is a day (YYYY-MM-DD); the review is due by its end. The owner must be an active user.",
  tag,
  scope: "dr:write",
  body: fields,
  responses: { 201: { description: "Added", schema: Risk } },
  handler: async (ctx, { raw }) => {
    // An id in the body would turn adding into changing another risk.
    const risk = await saveRisk(ctx, { ...(raw as object), id: undefined });
    return { status: 201, body: await readRisk(ctx, risk.id) };
  },
});

export const updateRisk = endpoint({
  method: "PATCH",
  path: "/api/v1/risks/{id}",
  operationId: "updateRisk",
  summary: "Change a risk",
  description: "The fields sent replace the stored ones; `ownerId` or `reviewDueAt` null clears it.",
  tag,
  scope: "dr:write",
  params: idParams,
  body: fields.partial(),
  errors: [404],
  responses: { 200: { description: "The risk as saved", schema: Risk } },
  handler: async (ctx, { params, raw }) => {
    const risk = await patchRisk(ctx, params.id, raw as object);
    return { body: await readRisk(ctx, risk.id) };
  },
});

export const deleteRiskEndpoint = endpoint({
  method: "DELETE",
  path: "/api/v1/risks/{id}",
  operationId: "deleteRisk",
  summary: "Delete a risk",
  description: "The audit log keeps what it was.",
  tag,
  scope: "dr:write",
  params: idParams,
  errors: [404],
  responses: { 204: { description: "Deleted", schema: null } },
  handler: async (ctx, { params }) => {
    await deleteRisk(ctx, { id: params.id });
    return { status: 204 };
  },
});

export const reviewRiskEndpoint = endpoint({
  method: "POST",
  path: "/api/v1/risks/{id}/review",
  operationId: "reviewRisk",
  summary: "Mark a risk reviewed",
  description: "Reviewed now; the next review is due by the end of `nextReviewDueAt` (YYYY-MM-DD, after today).",
  tag,
  scope: "dr:write",
  params: idParams,
  body: reviewRiskSchema.omit({ id: true }),
  errors: [404],
  responses: { 200: { description: "The risk, reviewed", schema: Risk } },
  handler: async (ctx, { params, raw }) => {
    const risk = await reviewRisk(ctx, { ...(raw as object), id: params.id });
    return { body: await readRisk(ctx, risk.id) };
  },
});
