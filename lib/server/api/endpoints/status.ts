import "server-only";
import { randomUUID } from "node:crypto";
import { componentStateBodySchema, postUpdateBodySchema } from "@/lib/domain/status-update";
import { z } from "zod";
import { listIncidentUpdates } from "../../status-updates/list-for-incident";
import { postUpdate } from "../../status-updates/post-update";
import { setComponentState } from "../../status-updates/set-component-state";
import { endpoint } from "../endpoint";
import { incidentIdByNumber } from "../find-incident";
import { withIncident } from "../incident-command";
import { named } from "../schema-registry";
import { numberParams } from "../schemas/common";
import { IncidentComponentState, PostedStatusUpdate, StatusUpdateList } from "../schemas/status";

// An incident's communication: its status updates, and how its components show on the status page.

const tag = "Status";

export const listStatusUpdates = endpoint({
  method: "GET",
  path: "/api/v1/incidents/{number}/status-updates",
  operationId: "listStatusUpdates",
  summary: "List an incident's status updates",
  description: "Public and internal updates, newest first, each with where it went and how its deliveries fared.",
  tag,
  scope: "incidents:read",
  params: numberParams,
  errors: [404],
  responses: { 200: { description: "The incident's updates", schema: StatusUpdateList } },
  handler: async (ctx, { params }) => {
    const incidentId = await incidentIdByNumber(ctx, String(params.number), "internal:read");
    return { body: { items: (await listIncidentUpdates(ctx, incidentId)).updates } };
  },
});

export const postStatusUpdate = endpoint({
  method: "POST",
  path: "/api/v1/incidents/{number}/status-updates",
  operationId: "postStatusUpdate",
  summary: "Post a status update",
  description:
    "Moves the incident to `status`, publishes the update on the status page when `public`, tells subscribers when `notifySubscribers`, e-mails the chosen stakeholder groups (then `subject` and `body` are required) and promises the next update (`nextUpdate`). At least one audience.",
  tag,
  scope: "status:write",
  params: numberParams,
  body: named("PostStatusUpdate", postUpdateBodySchema),
  errors: [404, 409],
  responses: {
    201: { description: "Posted", schema: PostedStatusUpdate },
    200: {
      description: "This key was posted before: the earlier update, nothing sent again",
      schema: PostedStatusUpdate,
    },
  },
  handler: async (ctx, { params, raw }) => {
    const incidentId = await incidentIdByNumber(ctx, String(params.number), "incident:command");
    const body = withIncident(raw, incidentId);
    const posted = await postUpdate(ctx, { ...body, key: body.key ?? randomUUID() });
    return { status: posted.repeated ? 200 : 201, body: posted };
  },
});

export const setIncidentComponentState = endpoint({
  method: "PUT",
  path: "/api/v1/incidents/{number}/components/{slug}/state",
  operationId: "setIncidentComponentState",
  summary: "Set how a component shows for the incident",
  description:
    "The state the status page shows for one of the incident's components while it is active; `null` shows the state its severity implies. A component the incident does not affect is 404.",
  tag,
  scope: "status:write",
  params: numberParams.extend({ slug: z.string().min(1).max(200).describe("The component's slug.") }),
  body: named("SetComponentState", componentStateBodySchema),
  errors: [404],
  responses: { 200: { description: "The component's state for this incident", schema: IncidentComponentState } },
  handler: async (ctx, { params, raw }) => {
    const incidentId = await incidentIdByNumber(ctx, String(params.number), "incident:command");
    return { body: await setComponentState(ctx, { ...withIncident(raw, incidentId), componentSlug: params.slug }) };
  },
});
