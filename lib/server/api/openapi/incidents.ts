import "server-only";
import { STATUSES } from "@/lib/domain/incident-status";
import { SEVERITIES, SEVERITY_SCALE } from "@/lib/domain/severity";
import {
  commandErrors,
  date,
  json,
  nullableDate,
  numberParam,
  ok,
  ref,
  type JsonSchema,
  type OpenApiDocument,
} from "./parts";

// Incidents: the list, one incident, declaring and working it.

export const incidentsSchemas: Record<string, JsonSchema> = {
  Severity: { type: "string", enum: [...SEVERITIES], description: SEVERITY_SCALE },
  Status: { type: "string", enum: [...STATUSES] },
  IncidentSummary: {
    type: "object",
    required: ["number", "title", "severity", "status", "impact", "startedAt", "url"],
    properties: {
      number: { type: "integer" },
      title: { type: "string" },
      severity: ref("Severity"),
      status: ref("Status"),
      impact: { type: "string" },
      commander: { type: ["object", "null"], properties: { name: { type: "string" } } },
      startedAt: date,
      acknowledgedAt: nullableDate,
      resolvedAt: nullableDate,
      url: { type: "string", format: "uri" },
    },
  },
  IncidentPage: {
    type: "object",
    required: ["items", "nextCursor"],
    properties: {
      items: { type: "array", items: ref("IncidentSummary") },
      nextCursor: { type: ["string", "null"], description: "Pass as `cursor` for the next page." },
    },
  },
  Incident: {
    type: "object",
    required: ["id", "number", "title", "severity", "status", "impact", "components", "startedAt", "url"],
    properties: {
      id: { type: "string" },
      number: { type: "integer" },
      title: { type: "string" },
      severity: ref("Severity"),
      status: ref("Status"),
      impact: { type: "string" },
      commander: {
        type: ["object", "null"],
        properties: {
          name: { type: "string" },
          email: { type: "string", description: "Only for callers allowed internal reads." },
        },
      },
      components: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string" },
            slug: { type: "string" },
            name: { type: "string" },
            rtoMinutes: { type: "integer" },
            restoredAt: nullableDate,
          },
        },
      },
      startedAt: date,
      detectedAt: date,
      acknowledgedAt: nullableDate,
      mitigatedAt: nullableDate,
      resolvedAt: nullableDate,
      statusUpdates: {
        type: "array",
        items: {
          type: "object",
          properties: {
            status: ref("Status"),
            message: { type: "string" },
            nextUpdateAt: nullableDate,
            publishedAt: date,
          },
        },
      },
      timeline: {
        type: "array",
        description: "Present only for callers allowed internal reads (responders and above; not granted to tokens).",
        items: {
          type: "object",
          properties: {
            kind: { type: "string" },
            message: { type: "string" },
            actor: { type: "string" },
            occurredAt: date,
          },
        },
      },
      url: { type: "string", format: "uri", description: "The incident page in the console." },
    },
  },
  DeclareIncident: {
    type: "object",
    required: ["title", "severity"],
    description: "Give the affected components as `componentIds`, `componentSlugs`, or both (at least one component).",
    properties: {
      title: { type: "string", minLength: 3, maxLength: 200 },
      severity: ref("Severity"),
      componentIds: { type: "array", items: { type: "string" } },
      componentSlugs: { type: "array", items: { type: "string" }, examples: [["documentation-generation"]] },
      impact: { type: "string", maxLength: 2000 },
      commanderEmail: {
        type: "string",
        format: "email",
        description: "Defaults to the declaring person; none for a token.",
      },
      commanderId: { type: "string" },
    },
  },
  ChangeStatus: {
    type: "object",
    required: ["status"],
    properties: {
      status: ref("Status"),
      note: { type: "string", maxLength: 5000 },
      rootCauseSummary: { type: "string" },
      resolutionSummary: { type: "string" },
    },
  },
  Note: {
    type: "object",
    required: ["message"],
    properties: { message: { type: "string", minLength: 1, maxLength: 5000 } },
  },
  NoteCreated: { type: "object", properties: { number: { type: "integer" }, message: { type: "string" }, at: date } },
};

export function incidentsPaths(): OpenApiDocument["paths"] {
  return {
    "/api/v1/incidents/{number}/acknowledge": {
      post: {
        operationId: "acknowledgeIncident",
        summary: "Acknowledge, stopping escalation",
        tags: ["Incidents"],
        parameters: [numberParam],
        description: "The body may be empty, but send `Content-Type: application/json`. Scope `incidents:write`.",
        requestBody: { required: false, content: json({ type: "object" }) },
        responses: { 200: ok("Acknowledged", ref("Incident")), ...commandErrors },
      },
    },
    "/api/v1/incidents/{number}/status": {
      post: {
        operationId: "changeIncidentStatus",
        summary: "Change status",
        tags: ["Incidents"],
        parameters: [numberParam],
        description:
          "INVESTIGATING → IDENTIFIED → MONITORING → RESOLVED; RESOLVED → INVESTIGATING reopens. An illegal move is 409. Scope `incidents:write`.",
        requestBody: { required: true, content: json(ref("ChangeStatus")) },
        responses: { 200: ok("The incident after the change", ref("Incident")), ...commandErrors },
      },
    },
    "/api/v1/incidents/{number}/notes": {
      post: {
        operationId: "addIncidentNote",
        summary: "Add a timeline note",
        tags: ["Incidents"],
        parameters: [numberParam],
        description: "Scope `incidents:write`.",
        requestBody: { required: true, content: json(ref("Note")) },
        responses: { 201: ok("Added", ref("NoteCreated")), ...commandErrors },
      },
    },
  };
}
