import "server-only";

// The pieces every part of the OpenAPI document is written with: its types, references, the
// common responses and the incident-number parameter.

export type JsonSchema = { [key: string]: unknown };
export type Response = {
  description: string;
  content?: Record<string, { schema: JsonSchema }>;
  headers?: Record<string, { schema: JsonSchema; description?: string }>;
};
export type Parameter = {
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
  /** What Bridge itself sends (OpenAPI 3.1): outbound webhooks, by name. */
  webhooks?: Record<string, { post: Operation }>;
  components: {
    securitySchemes: Record<string, JsonSchema>;
    schemas: Record<string, JsonSchema>;
    responses: Record<string, Response>;
  };
};

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: JsonSchema) => ({ "application/json": { schema } });
export const ok = (description: string, schema: JsonSchema): Response => ({ description, content: json(schema) });
export const problem = (name: string) => ({ $ref: `#/components/responses/${name}` });
export const date = { type: "string", format: "date-time" };
export const nullableDate = { type: ["string", "null"], format: "date-time" };
export const errors = { 401: problem("Unauthenticated"), 403: problem("Forbidden"), 503: problem("Unavailable") };
export const problemResponse = (description: string): Response => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});
