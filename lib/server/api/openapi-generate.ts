import "server-only";
import { z } from "zod";
import type { Endpoint } from "./endpoint";
import { toOpenApiSchema, type JsonSchema } from "./json-schema";
import type { Method, Operation, Parameter } from "./openapi/parts";

// Turns endpoint definitions into OpenAPI path items. Every endpoint's responses are converted
// before any request so a named schema's response shape keeps the plain name and a differing
// request shape gets the `Input` one (see toOpenApiSchema).

const problem = (name: string) => ({ $ref: `#/components/responses/${name}` });

const ERROR_RESPONSES = {
  400: "BadRequest",
  404: "NotFound",
  409: "Conflict",
  413: "TooLarge",
  422: "Validation",
} as const;

function parametersOf(schema: z.ZodType | undefined, where: "path" | "query", components: Record<string, JsonSchema>) {
  if (!schema) return [];
  const json = toOpenApiSchema(schema, "input", components) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]): Parameter => {
    const { description, ...rest } = property as JsonSchema & { description?: string };
    return {
      name,
      in: where,
      required: where === "path" || (json.required ?? []).includes(name),
      ...(typeof description === "string" ? { description } : {}),
      schema: rest,
    };
  });
}

const rateHeaders = {
  "RateLimit-Limit": { schema: { type: "integer" }, description: "Requests allowed per minute for this token." },
  "RateLimit-Remaining": { schema: { type: "integer" }, description: "Requests left in the current minute." },
  "RateLimit-Reset": { schema: { type: "integer" }, description: "Seconds until the minute ends." },
};

/** The endpoint's answers: its own, each converted once, then the common ones its auth implies. */
function responsesOf(e: Endpoint, components: Record<string, JsonSchema>): Operation["responses"] {
  const responses: Operation["responses"] = {};
  for (const [status, r] of Object.entries(e.responses)) {
    const headers: Record<string, { schema: JsonSchema; description?: string }> = {};
    for (const [name, description] of Object.entries(r.headers ?? {}))
      headers[name] = { schema: { type: "string" }, description };
    if (e.method === "GET" && status === "200")
      headers.ETag = { schema: { type: "string" }, description: "Send back as If-None-Match; 304 when unchanged." };
    if ((e.auth ?? "token") === "token") Object.assign(headers, rateHeaders);
    responses[status] = {
      description: r.description,
      ...(r.schema
        ? { content: { "application/json": { schema: toOpenApiSchema(r.schema, "output", components) } } }
        : {}),
      ...(Object.keys(headers).length ? { headers } : {}),
    };
  }
  if (e.method === "GET") responses[304] = { description: "Not modified: the If-None-Match tag is current." };
  const auth = e.auth ?? "token";
  if (auth !== "public") responses[401] = problem("Unauthenticated");
  if (auth === "token") Object.assign(responses, { 403: problem("Forbidden"), 429: problem("RateLimited") });
  // A disabled integration source is refused; source endpoints are never rate limited.
  if (auth === "source" || auth === "session") responses[403] = problem("Forbidden");
  for (const status of e.errors ?? []) responses[status] = problem(ERROR_RESPONSES[status]);
  if (e.body || e.query) responses[422] = problem("Validation");
  if (e.body) responses[413] = problem("TooLarge");
  Object.assign(responses, { 500: problem("Internal"), 503: problem("Unavailable") });
  return responses;
}

function operationOf(
  e: Endpoint,
  components: Record<string, JsonSchema>,
  responses: Operation["responses"],
): Operation {
  const auth = e.auth ?? "token";
  const parameters = [...parametersOf(e.params, "path", components), ...parametersOf(e.query, "query", components)];
  if (e.method === "POST")
    parameters.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "Any unique string (a UUID): a retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) for 24 hours; the same key with a different body is 409.",
      schema: { type: "string", minLength: 1, maxLength: 255 },
    });
  if (e.method === "GET")
    parameters.push({
      name: "If-None-Match",
      in: "header",
      required: false,
      description: "The ETag of an earlier answer; 304 without a body when nothing changed.",
      schema: { type: "string" },
    });

  const security: Record<string, string[]>[] =
    auth === "public"
      ? []
      : auth === "source"
        ? [{ sourceKey: [] }]
        : auth === "session"
          ? [{ session: [] }]
          : [{ bearerToken: e.scope ? [e.scope] : [] }, { session: [] }];
  const scopeNote = e.scope
    ? `Scope \`${e.scope}\`.`
    : auth === "session"
      ? "Only for people signed in to the console: API tokens are refused (403)."
      : "";
  return {
    operationId: e.operationId,
    summary: e.summary,
    description: [e.description, scopeNote].filter(Boolean).join(" ") || undefined,
    tags: [e.tag],
    ...(parameters.length ? { parameters } : {}),
    ...(e.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: toOpenApiSchema(e.body, "input", components) } },
          },
        }
      : {}),
    responses,
    security,
  };
}

/** The path items of `endpoints`, adding the schemas they name to `components`. */
export function pathsOf(
  endpoints: readonly Endpoint[],
  components: Record<string, JsonSchema>,
): Record<string, Partial<Record<Method, Operation>>> {
  // All responses first, so they keep the plain schema names; then the operations with request bodies.
  const responses = new Map(endpoints.map((e) => [e, responsesOf(e, components)]));
  const paths: Record<string, Partial<Record<Method, Operation>>> = {};
  for (const e of endpoints)
    (paths[e.path] ??= {})[e.method.toLowerCase() as Method] = operationOf(e, components, responses.get(e)!);
  return paths;
}
