import createClient from "openapi-fetch";
import type { components, paths } from "./schema";

// A typed client of /api/v1 for TypeScript callers (scripts, integrations, tests): paths, query,
// bodies and answers are checked against the types generated from Bridge's OpenAPI document.

export type { components, operations, paths } from "./schema";
export type Incident = components["schemas"]["Incident"];
export type Problem = components["schemas"]["Problem"];

/** A client of the Bridge at `baseUrl` (e.g. `https://bridge.example.com`) that sends `token` as its bearer. */
export function createBridgeClient(baseUrl: string, token: string, options: { fetch?: typeof fetch } = {}) {
  return createClient<paths>({
    baseUrl: baseUrl.replace(/\/+$/, ""),
    headers: { authorization: `Bearer ${token}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

export type BridgeClient = ReturnType<typeof createBridgeClient>;
