import "server-only";
import { z } from "zod";
import { addRuleSchema, ruleChangeSchema } from "@/lib/domain/matrix-input";
import { createPolicySchema } from "@/lib/domain/policy-input";
import { ID_MAX, text } from "@/lib/domain/text";
import { addRule } from "../../matrix/add-rule";
import { removeRule } from "../../matrix/remove-rule";
import { updateRule } from "../../matrix/update-rule";
import { savePolicy } from "../../policies/save";
import { endpoint } from "../endpoint";
import { pageOf } from "../page-of";
import { listPoliciesForApi, readPolicy } from "../read-policies";
import { readMatrix, readRule } from "../read-matrix";
import { pageQuery } from "../schemas/common";
import { EscalationPolicy, EscalationPolicyPage, NotificationMatrix, NotificationRule } from "../schemas/config";

// Configuration: escalation policies and the notification matrix. Reading needs config:read;
// changing them config:write and a creator who is an admin, as in the console.

const tag = "Configuration";
const idParams = (what: string) => z.object({ id: text(ID_MAX).min(1).describe(`The ${what}'s id.`) });

export const listEscalationPolicies = endpoint({
  method: "GET",
  path: "/api/v1/escalation-policies",
  operationId: "listEscalationPolicies",
  summary: "List escalation policies",
  description:
    "The default first, each with its levels in order and their targets. The token's creator must be an admin.",
  tag,
  scope: "config:read",
  query: z.object(pageQuery),
  responses: { 200: { description: "A page of policies", schema: EscalationPolicyPage } },
  handler: async (ctx, { query }) => ({ body: pageOf(await listPoliciesForApi(ctx), (p) => p.id, query) }),
});

export const getEscalationPolicy = endpoint({
  method: "GET",
  path: "/api/v1/escalation-policies/{id}",
  operationId: "getEscalationPolicy",
  summary: "Read one escalation policy",
  tag,
  scope: "config:read",
  params: idParams("policy"),
  errors: [404],
  responses: { 200: { description: "The policy", schema: EscalationPolicy } },
  handler: async (ctx, { params }) => ({ body: await readPolicy(ctx, params.id) }),
});

export const saveEscalationPolicy = endpoint({
  method: "PUT",
  path: "/api/v1/escalation-policies/{id}",
  operationId: "saveEscalationPolicy",
  summary: "Replace an escalation policy",
  description:
    "The whole policy, saved as its next version: levels in the order given, a level kept by sending its `id`, " +
    "one left out removed. Running incidents keep the version they were declared under. A level that already paged " +
    "someone cannot be removed (409), nor can the default stop being it. Admins only.",
  tag,
  scope: "config:write",
  params: idParams("policy"),
  body: createPolicySchema,
  errors: [404, 409],
  responses: { 200: { description: "The policy as saved", schema: EscalationPolicy } },
  handler: async (ctx, { params, raw }) => {
    await savePolicy(ctx, { ...(raw as object), id: params.id });
    return { body: await readPolicy(ctx, params.id) };
  },
});

export const getNotificationMatrix = endpoint({
  method: "GET",
  path: "/api/v1/notification-matrix",
  operationId: "getNotificationMatrix",
  summary: "Read the notification matrix",
  description: "Every stakeholder group with its members and the rules saying when it must be told, per severity.",
  tag,
  scope: "config:read",
  responses: { 200: { description: "The matrix", schema: NotificationMatrix } },
  handler: async (ctx) => ({ body: await readMatrix(ctx) }),
});

export const addNotificationRule = endpoint({
  method: "POST",
  path: "/api/v1/notification-matrix/rules",
  operationId: "addNotificationRule",
  summary: "Add a matrix rule",
  description:
    "Incidents declared from now on owe the group this notification. One rule per severity, window and group (409). Admins only.",
  tag,
  scope: "config:write",
  body: addRuleSchema,
  errors: [409],
  responses: { 201: { description: "Added", schema: NotificationRule } },
  handler: async (ctx, { raw }) => ({ status: 201, body: await readRule((await addRule(ctx, raw)).id) }),
});

export const updateNotificationRule = endpoint({
  method: "PATCH",
  path: "/api/v1/notification-matrix/rules/{id}",
  operationId: "updateNotificationRule",
  summary: "Change a matrix rule",
  description: "Its window, template or sending mode; incidents already declared keep what they owe. Admins only.",
  tag,
  scope: "config:write",
  params: idParams("rule"),
  body: ruleChangeSchema,
  errors: [404, 409],
  responses: { 200: { description: "The rule as saved", schema: NotificationRule } },
  handler: async (ctx, { params, raw }) => {
    await updateRule(ctx, { ...(raw as object), id: params.id });
    return { body: await readRule(params.id) };
  },
});

export const removeNotificationRule = endpoint({
  method: "DELETE",
  path: "/api/v1/notification-matrix/rules/{id}",
  operationId: "removeNotificationRule",
  summary: "Remove a matrix rule",
  description: "Notifications it already made owed stay owed. Admins only.",
  tag,
  scope: "config:write",
  params: idParams("rule"),
  errors: [404],
  responses: { 204: { description: "Removed", schema: null } },
  handler: async (ctx, { params }) => {
    await removeRule(ctx, { id: params.id });
    return { status: 204 };
  },
});
