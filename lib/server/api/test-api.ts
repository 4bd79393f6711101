import "server-only";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { TOKEN_SCOPES } from "@/lib/domain/token-scopes";
import { createToken } from "@/lib/server/tokens/create";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";
import type { ContractRequest, ContractTools } from "./contract/types";
import type { Endpoint } from "./endpoint";
import { openApiDocument, type Method, type OpenApiDocument } from "./openapi";

// What the tests that speak to /api/v1 as a client share: an admin's token with every scope, and
// the generated document compiled with ajv so any answer can be checked against it.

export async function allScopesToken() {
  const admin = await createTestUser("ADMIN");
  const { secret } = await createToken(ctxOf(admin), {
    name: `all scopes ${admin.id.slice(-6)}`,
    scopes: [...TOKEN_SCOPES],
  });
  return { admin, secret };
}

/** The Request of a contract call to `e` under `base`, with the token as bearer and the body as JSON. */
export function requestOf(e: Endpoint, base: string, request: ContractRequest, secret: string): Request {
  const url = new URL(request.path, base);
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = { authorization: `Bearer ${secret}`, ...request.headers };
  if (request.body !== undefined) headers["content-type"] ??= "application/json";
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  return new Request(url, { method: e.method, headers, body });
}

/** The tools contract calls prepare with; `send` delivers one call (over HTTP or in-process). */
export function contractTools(
  token: Awaited<ReturnType<typeof allScopesToken>>,
  send: (operationId: string, request: ContractRequest) => Promise<Response>,
): ContractTools {
  let counter = 0;
  return {
    secret: token.secret,
    admin: { id: token.admin.id, email: token.admin.email, role: "ADMIN" },
    unique: () => `${Date.now().toString(36)}-${(counter++).toString(36)}`,
    call: async (operationId, request) => {
      const response = await send(operationId, request);
      const text = await response.text();
      if (!response.ok) throw new Error(`${operationId} answered ${response.status}: ${text}`);
      return text ? JSON.parse(text) : undefined;
    },
  };
}

const DOC_ID = "https://bridge.local/api/v1/openapi.json";
const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** The JSON Schema of an answer's body as the document states it, for an operation, status and media type. */
export function documentValidator(doc: OpenApiDocument = openApiDocument("http://127.0.0.1")) {
  // OpenAPI keywords beside the schemas (paths, info…) are not JSON Schema: strict mode is off.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: DOC_ID });
  const cache = new Map<string, ValidateFunction>();
  const compiled = (ref: string) => {
    let validate = cache.get(ref);
    if (!validate) cache.set(ref, (validate = ajv.compile({ $ref: `${DOC_ID}#/${ref}` })));
    return validate;
  };
  const check = (ref: string, value: unknown) => {
    const validate = compiled(ref);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
  return {
    doc,
    /** Validates `body` against the response of `method path` for `status`; returns ajv's errors (empty when valid). */
    response(path: string, method: Method, status: number, body: unknown, media = "application/json") {
      const response = doc.paths[path]?.[method]?.responses[String(status)];
      if (!response) return [`${method.toUpperCase()} ${path} documents no ${status}`];
      const ref =
        "$ref" in response
          ? `${pointer("components", "responses", response.$ref.split("/").pop()!)}/content/${pointer(media)}/schema`
          : `${pointer("paths", path, method, "responses", String(status))}/content/${pointer(media)}/schema`;
      return check(ref, body);
    },
    /** Validates the body of an outbound webhook against the document's `webhooks` entry. */
    webhook(name: string, body: unknown) {
      return check(`${pointer("webhooks", name, "post", "requestBody", "content", "application/json")}/schema`, body);
    },
  };
}
