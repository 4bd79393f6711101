import "server-only";
import type { z } from "zod";
import type { TokenScope } from "@/lib/domain/token-scopes";
import type { Ctx } from "../context";

// One /api/v1 operation, described once: its address, who may call it, the zod schemas of what it
// reads and answers, and the handler. The route file exports `route(endpoint)`, and the OpenAPI
// document is generated from the same objects, so the two cannot drift apart.

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The error answers an endpoint can give besides the common 401/403/429/503; documented as problem+json. */
export type ErrorStatus = 400 | 404 | 409 | 413 | 422;

export type EndpointResult = {
  /** 200 unless set. */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
};

type Input<P, Q> = {
  params: P;
  query: Q;
  /** The body after the endpoint's `body` schema accepted it (defaults applied). */
  body: unknown;
  /** The body as sent, for services that validate it themselves with the same schema. */
  raw: unknown;
  request: Request;
};

export type Endpoint<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType> = {
  method: HttpMethod;
  /** The OpenAPI path template, e.g. `/api/v1/incidents/{number}`; parameters match the route's folders. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /**
   * How the caller proves who it is: an API token or session (default), nobody (public), or an
   * integration source's key (inbound alerts, which never answer 429).
   */
  auth?: "token" | "session" | "public" | "source";
  /** The token scope the call needs; checked before the handler, and shown in the document. */
  scope?: TokenScope;
  params?: P;
  query?: Q;
  /** The JSON body; POST/PUT/PATCH without it take no body (an empty one is accepted). */
  body?: z.ZodType;
  /** Answers by status: a zod schema of the JSON, or null for no body (204). */
  responses: Record<number, { description: string; schema: z.ZodType | null; headers?: Record<string, string> }>;
  errors?: ErrorStatus[];
  handler: (ctx: Ctx, input: Input<z.infer<P>, z.infer<Q>>) => Promise<EndpointResult>;
};

/** Keeps the inferred parameter types of one endpoint while letting a list hold many. */
export function endpoint<P extends z.ZodType, Q extends z.ZodType>(e: Endpoint<P, Q>): Endpoint {
  return e as unknown as Endpoint;
}
