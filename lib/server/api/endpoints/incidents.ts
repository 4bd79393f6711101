import "server-only";
import { declareSchema, listIncidentsSchema } from "@/lib/domain/incidents";
import { declareFromApi } from "../declare-incident";
import { endpoint } from "../endpoint";
import { listIncidentsFromApi } from "../list-incidents";
import { readIncident } from "../read-incident";
import { numberParams } from "../schemas/common";
import { Incident, IncidentPage } from "../schemas/incidents";

// Incidents: the list, one incident, declaring.

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
  body: declareSchema,
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
