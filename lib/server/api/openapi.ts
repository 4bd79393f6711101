import "server-only";
import { IDEMPOTENCY_KEY_MAX, VERIFICATION_FUTURE_TOLERANCE_MS } from "@/lib/domain/backup-verification-input";
import { ERROR_CODES } from "@/lib/domain/errors";
import { STATUSES } from "@/lib/domain/incident-status";
import { SEVERITIES, SEVERITY_SCALE } from "@/lib/domain/severity";
import { ROLES } from "@/lib/domain/roles";
import { MAX_SAMPLE_AGE_DAYS } from "@/lib/domain/slo/sample-input";
import { MAX_SAMPLE_FUTURE_MS, MAX_SAMPLES_PER_BATCH } from "@/lib/domain/slo/vocabulary";
import { SCOPE_INFO, TOKEN_SCOPES } from "@/lib/domain/token-scopes";

// The OpenAPI 3.1 description of /api/v1, written by hand beside the handlers it describes;
// a test checks that every route file and method under app/api/v1 appears here.

type JsonSchema = { [key: string]: unknown };
type Response = {
  description: string;
  content?: Record<string, { schema: JsonSchema }>;
  headers?: Record<string, { schema: JsonSchema; description?: string }>;
};
type Parameter = {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  description?: string;
  schema: JsonSchema;
};
export type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, Response | { $ref: string }>;
  security?: Record<string, string[]>[];
};
export type Method = "get" | "post" | "put" | "patch" | "delete";
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components: {
    securitySchemes: Record<string, JsonSchema>;
    schemas: Record<string, JsonSchema>;
    responses: Record<string, Response>;
  };
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const ok = (description: string, schema: JsonSchema): Response => ({ description, content: json(schema) });
const problem = (name: string) => ({ $ref: `#/components/responses/${name}` });
const date = { type: "string", format: "date-time" };
const nullableDate = { type: ["string", "null"], format: "date-time" };
const numberParam: Parameter = {
  name: "number",
  in: "path",
  required: true,
  description: "The incident number shown in the console (#42).",
  schema: { type: "integer", minimum: 1 },
};
const errors = { 401: problem("Unauthenticated"), 403: problem("Forbidden"), 503: problem("Unavailable") };
const commandErrors = {
  ...errors,
  404: problem("NotFound"),
  409: problem("Conflict"),
  413: problem("TooLarge"),
  422: problem("Validation"),
};

const schemas: Record<string, JsonSchema> = {
  Problem: {
    type: "object",
    description: "RFC 9457 problem details. `errors` names each bad field with its messages.",
    required: ["type", "title", "status", "detail", "errors"],
    properties: {
      type: { type: "string", format: "uri" },
      title: { type: "string", enum: [...ERROR_CODES] },
      status: { type: "integer" },
      detail: { type: "string" },
      errors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      requestId: {
        type: "string",
        description: "Only on INTERNAL (500): the reference of the failure in the server's log.",
      },
    },
  },
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
  User: {
    type: "object",
    properties: {
      id: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", enum: [...ROLES] },
      active: { type: "boolean" },
      createdAt: date,
    },
  },
  CreateUser: {
    type: "object",
    required: ["email", "name", "role", "password"],
    properties: {
      email: { type: "string", format: "email" },
      name: { type: "string" },
      role: { type: "string", enum: [...ROLES] },
      password: { type: "string", minLength: 12 },
    },
  },
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
  BackupVerification: {
    type: "object",
    required: ["policy", "verifiedAt", "ok"],
    properties: {
      policy: { type: "string", description: "The backup policy's key.", examples: ["configuration"] },
      verifiedAt: {
        ...date,
        description: `RFC 3339; at most ${VERIFICATION_FUTURE_TOLERANCE_MS / 60_000} minutes ahead of Bridge's clock.`,
      },
      ok: { type: "boolean", description: "False for a failed verification, which does not count as a good copy." },
      note: { type: "string" },
      idempotencyKey: {
        type: "string",
        maxLength: IDEMPOTENCY_KEY_MAX,
        description: "Same as the Idempotency-Key header, which wins when both are sent.",
      },
    },
  },
  BackupVerificationResult: {
    type: "object",
    required: ["id", "policy", "verifiedAt", "ok", "note", "source", "idempotencyKey"],
    properties: {
      id: { type: "string" },
      policy: { type: "string" },
      verifiedAt: date,
      ok: { type: "boolean" },
      note: { type: "string" },
      source: { type: "string", examples: ["api:backup-jobs"] },
      idempotencyKey: { type: ["string", "null"] },
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

const scopeList = TOKEN_SCOPES.map((s) => `\`${s}\` — ${SCOPE_INFO[s].description}`).join(" ");

function paths(): OpenApiDocument["paths"] {
  return {
    "/api/v1/incidents": {
      get: {
        operationId: "listIncidents",
        summary: "List incidents",
        tags: ["Incidents"],
        description: "Active incidents first, then resolved, each newest first. Scope `incidents:read`.",
        parameters: [
          {
            name: "status",
            in: "query",
            schema: { type: "string", enum: [...STATUSES, "OPEN"] },
            description: "OPEN means not resolved.",
          },
          { name: "severity", in: "query", schema: ref("Severity") },
          { name: "componentId", in: "query", schema: { type: "string" } },
          { name: "componentSlug", in: "query", schema: { type: "string" } },
          { name: "q", in: "query", schema: { type: "string" }, description: "Text in title or impact." },
          { name: "cursor", in: "query", schema: { type: "string" } },
          { name: "take", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 25 } },
        ],
        responses: { 200: ok("A page of incidents", ref("IncidentPage")), ...errors, 422: problem("Validation") },
      },
      post: {
        operationId: "declareIncident",
        summary: "Declare an incident",
        tags: ["Incidents"],
        description: "Starts escalation and the notification matrix. Scope `incidents:write`.",
        requestBody: { required: true, content: json(ref("DeclareIncident")) },
        responses: {
          201: {
            description: "Declared",
            content: json(ref("Incident")),
            headers: { Location: { schema: { type: "string" }, description: "The incident page." } },
          },
          ...errors,
          413: problem("TooLarge"),
          422: problem("Validation"),
        },
      },
    },
    "/api/v1/incidents/{number}": {
      get: {
        operationId: "getIncident",
        summary: "Read one incident",
        tags: ["Incidents"],
        parameters: [numberParam],
        responses: { 200: ok("The incident", ref("Incident")), ...errors, 404: problem("NotFound") },
      },
    },
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
    "/api/v1/users": {
      get: {
        operationId: "listUsers",
        summary: "List users (admins, signed in)",
        tags: ["Users"],
        responses: {
          200: ok("Users", { type: "object", properties: { items: { type: "array", items: ref("User") } } }),
          ...errors,
        },
      },
      post: {
        operationId: "createUser",
        summary: "Create a user (admins, signed in)",
        tags: ["Users"],
        requestBody: { required: true, content: json(ref("CreateUser")) },
        responses: {
          201: ok("Created", ref("User")),
          ...errors,
          409: problem("Conflict"),
          413: problem("TooLarge"),
          422: problem("Validation"),
        },
      },
    },
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
    "/api/v1/backups": {
      post: {
        operationId: "reportBackupVerification",
        summary: "Report a backup verification",
        tags: ["Disaster recovery"],
        description:
          "Records that a backup policy's copy was checked. A good one moves the policy's last verified time " +
          "(never backwards) and the data asset's RPO state is judged again at once. With an idempotency key, " +
          "a resend answers 200 with the first answer and stores nothing; the key with a different verification is 409. Scope `backups:write`.",
        parameters: [
          {
            name: "Idempotency-Key",
            in: "header",
            schema: { type: "string", maxLength: IDEMPOTENCY_KEY_MAX },
            description: "Makes a retry safe: the same key is the same verification.",
          },
        ],
        requestBody: { required: true, content: json(ref("BackupVerification")) },
        responses: {
          201: ok("The verification, recorded now", ref("BackupVerificationResult")),
          200: ok("The verification recorded earlier under this idempotency key", ref("BackupVerificationResult")),
          ...errors,
          409: problem("Conflict"),
          413: problem("TooLarge"),
          422: problem("Validation"),
        },
      },
    },
    "/api/v1/dr/calendar/{token}": {
      get: {
        operationId: "drTestCalendar",
        summary: "Upcoming DR tests as an iCalendar feed",
        tags: ["Disaster recovery"],
        description:
          "RFC 5545 feed of each scheduled DR test's next due day, for a calendar to subscribe to. The " +
          "address is personal and is shown on /dr/tests; its signed token (with or without `.ics`) is the " +
          "credential, as calendars send no session or token header.",
        security: [],
        parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          200: { description: "The feed", content: { "text/calendar": { schema: { type: "string" } } } },
          404: { description: "No feed has this address" },
        },
      },
    },
    "/api/v1/openapi.json": {
      get: {
        operationId: "openApiDocument",
        summary: "This document",
        tags: ["Meta"],
        security: [],
        responses: { 200: ok("OpenAPI 3.1 document", { type: "object" }) },
      },
    },
  };
}

const problemResponse = (description: string): Response => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});

/** The document, with `serverUrl` as the one server (the address Bridge is reached at). */
export function openApiDocument(serverUrl: string): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: {
      title: "Bridge API",
      version: "1.0.0",
      description:
        "Declare and work incidents, and push service level samples, from machines. Authenticate with `Authorization: Bearer brg_…` (an API token an admin " +
        `creates at /admin/tokens) or a signed-in session. Send bodies as application/json (at most 1 MiB). A write with the ` +
        `session cookie must carry this site's Origin (browsers send it). Scopes: ${scopeList}`,
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerToken: [] }, { session: [] }],
    paths: paths(),
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "brg_<prefix>_<secret>",
          description: "An API token; what it may do is set by its scopes.",
        },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The console's session cookie.",
        },
      },
      schemas,
      responses: {
        Validation: problemResponse("Invalid input (422): `errors` names each field"),
        Unauthenticated: problemResponse("No valid token or session (401)"),
        Forbidden: problemResponse("The role or the token's scopes do not allow this (403)"),
        NotFound: problemResponse("No such incident (404)"),
        Conflict: problemResponse("Not possible in the current state (409)"),
        TooLarge: problemResponse("The body is over 1 MiB (413)"),
        Unavailable: {
          ...problemResponse("The database is unreachable or too slow (503); nothing was saved, retry later"),
          headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait before retrying" } },
        },
      },
    },
  };
}
