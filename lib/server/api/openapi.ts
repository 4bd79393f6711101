import "server-only";
import { ERROR_CODES } from "@/lib/domain/errors";
import { SCOPE_INFO, TOKEN_SCOPES } from "@/lib/domain/token-scopes";
import { ENDPOINTS } from "./endpoints";
import type { JsonSchema } from "./json-schema";
import { pathsOf } from "./openapi-generate";
import { drPaths } from "./openapi/dr";
import { type OpenApiDocument, problemResponse, ok } from "./openapi/parts";
import { webhooksOf } from "./openapi/webhooks";

export type { Method, OpenApiDocument, Operation } from "./openapi/parts";

// The OpenAPI 3.1 description of /api/v1, generated from the endpoint definitions (./endpoints)
// and their zod schemas; operations not yet defined that way are still written by hand under
// ./openapi. A test checks that every route file and method under app/api/v1 appears here.

const problem = {
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
};

const scopeList = TOKEN_SCOPES.map((s) => `\`${s}\` — ${SCOPE_INFO[s].description}`).join(" ");

// What the API covers and the rules every call shares, in brief; each operation says the rest.
const DESCRIPTION = [
  "Work Bridge from machines. Resources: incidents and their records (timeline, notes, status, severity,",
  "handover); status (components, their overrides and public status updates); postmortems and their action",
  "items; SLOs, their samples, and SLI and replication-lag pushes from monitoring; backups (policies and",
  "verifications); DR tests, their runs and scenarios; risks; configuration (escalation policies and the",
  "notification matrix); users (a signed-in session only); inbound alerts (Alertmanager and PagerDuty-style",
  "events, with an integration source's key); and the webhooks Bridge sends (see `webhooks`).",
  "Authenticate with `Authorization: Bearer brg_…`, an API token an admin creates at /admin/tokens: it acts",
  "with its creator's role, narrowed to its scopes; or with a signed-in session, which users operations",
  "require. A write with the session cookie must carry this site's Origin (browsers send it).",
  "Send bodies as application/json (at most 1 MiB); a bad field is a 422 naming it.",
  "A POST may carry an `Idempotency-Key`: a retry with the same key and body gets the first answer for 24 hours.",
  "A token has a number of requests per minute (the `RateLimit-*` headers; 429 with `Retry-After` past it).",
  "A GET answer carries an `ETag`; send it back as `If-None-Match` for a 304 when nothing changed.",
  `Scopes: ${scopeList}`,
].join(" ");

function paths(generated: Record<string, JsonSchema>): OpenApiDocument["paths"] {
  const fromEndpoints = pathsOf(ENDPOINTS, generated);
  const legacy: OpenApiDocument["paths"] = {
    ...drPaths(),
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
  for (const [path, item] of Object.entries(fromEndpoints)) legacy[path] = { ...legacy[path], ...item };
  return legacy;
}

/** The document, with `serverUrl` as the one server (the address Bridge is reached at). */
export function openApiDocument(serverUrl: string): OpenApiDocument {
  const generated: Record<string, JsonSchema> = {};
  const documentPaths = paths(generated);
  const webhooks = webhooksOf(generated);
  return {
    openapi: "3.1.0",
    info: {
      title: "Bridge API",
      version: "1.0.0",
      description: DESCRIPTION,
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerToken: [] }, { session: [] }],
    paths: documentPaths,
    webhooks,
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "brg_<prefix>_<secret>",
          description: "An API token; what it may do is set by its scopes.",
        },
        sourceKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "brs_<prefix>_<secret>",
          description:
            "An integration source's key (/admin/integrations): as a bearer token, or for PagerDuty-style events as the body's `routing_key`.",
        },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The console's session cookie.",
        },
      },
      schemas: {
        Problem: problem,
        ...generated,
      },
      responses: {
        BadRequest: problemResponse("The request is malformed (400)"),
        RateLimited: {
          ...problemResponse("Over the token's requests per minute (429)"),
          headers: {
            "Retry-After": { schema: { type: "integer" }, description: "Seconds until the next minute starts" },
          },
        },
        Internal: problemResponse("Unexpected failure (500); `requestId` is the reference in the server's log"),
        Validation: problemResponse("Invalid input (422): `errors` names each field"),
        Unauthenticated: problemResponse("No valid token or session (401)"),
        Forbidden: problemResponse("The role or the token's scopes do not allow this (403)"),
        NotFound: problemResponse("No such resource (404)"),
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
