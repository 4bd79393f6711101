import "server-only";
import { declareSchema, listIncidentsSchema, timelineQuerySchema } from "@/lib/domain/incidents";
import { listTimeline } from "../../incidents/timeline";
import { declareFromApi } from "../declare-incident";
import { endpoint } from "../endpoint";
import { named } from "../schema-registry";
import { incidentIdByNumber } from "../find-incident";
import { timelineJson } from "../incident-json";
import { listIncidentsFromApi } from "../list-incidents";
import { readIncident } from "../read-incident";
import { numberParams } from "../schemas/common";
import { Incident, IncidentPage, TimelinePage } from "../schemas/incidents";

// Incidents: the list, one incident, its timeline, declaring.

const tag = "Incidents";

export const listIncidents = endpoint({
  method: "GET",
  path: "/api/v1/incidents",
  operationId: "listIncidents",
  summary: "List incidents",
  description: "Active incidents first, then resolved, each newest first. `status=OPEN` means not resolved.",
  tag,
  scope: "incidents:read",
  query: listIncidentsSchema,
  responses: { 200: { description: "A page of incidents", schema: IncidentPage } },
  handler: async (ctx, { request }) => ({
    body: await listIncidentsFromApi(ctx, new URL(request.url).searchParams),
  }),
});

export const declareIncident = endpoint({
  method: "POST",
  path: "/api/v1/incidents",
  operationId: "declareIncident",
  summary: "Declare an incident",
  description:
    "Starts escalation and the notification matrix. Name components by `componentIds` or `componentSlugs` (at least one).",
  tag,
  scope: "incidents:write",
  body: named("DeclareIncident", declareSchema),
  responses: {
    201: { description: "Declared", schema: Incident, headers: { Location: "The incident page." } },
  },
  handler: async (ctx, { raw }) => {
    const incident = await declareFromApi(ctx, raw);
    return { status: 201, body: incident, headers: { location: incident.url } };
  },
});

export const getIncident = endpoint({
  method: "GET",
  path: "/api/v1/incidents/{number}",
  operationId: "getIncident",
  summary: "Read one incident",
  tag,
  scope: "incidents:read",
  params: numberParams,
  errors: [404],
  responses: { 200: { description: "The incident", schema: Incident } },
  handler: async (ctx, { params }) => ({ body: await readIncident(ctx, params.number) }),
});

export const getIncidentTimeline = endpoint({
  method: "GET",
  path: "/api/v1/incidents/{number}/timeline",
  operationId: "getIncidentTimeline",
  summary: "Read an incident's timeline",
  description: "Every event, oldest first: declaring, pages, acknowledgements, status changes, notes, updates.",
  tag,
  scope: "incidents:read",
  params: numberParams,
  query: timelineQuerySchema,
  errors: [404],
  responses: { 200: { description: "A page of timeline events", schema: TimelinePage } },
  handler: async (ctx, { params, query }) => {
    const incidentId = await incidentIdByNumber(ctx, String(params.number), "internal:read");
    const page = await listTimeline(ctx, incidentId, query);
    return { body: { items: page.items.map(timelineJson), nextCursor: page.nextCursor } };
  },
});
