import "server-only";
import { DomainError } from "@/lib/domain/errors";
import type { Ctx } from "./context";
import { problemResponse } from "./errors";
import { requireCtx } from "./session";
import { authenticateToken } from "./tokens/authenticate";

/**
 * The caller of a REST request: an `Authorization: Bearer brg_…` API token when the header is
 * present (a bad one is 401, never a fallback), else the signed-in session.
 */
export async function requestCtx(request: Request): Promise<Ctx> {
  const header = request.headers.get("authorization");
  if (header === null) return requireCtx();
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!bearer) throw new DomainError("UNAUTHENTICATED", "Send the API token as Authorization: Bearer <token>.");
  return authenticateToken(bearer[1]);
}

/** Wraps a REST handler: resolves the caller, runs it, and maps any error to problem+json. */
export function apiHandler<P>(handler: (ctx: Ctx, request: Request, params: P) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      const ctx = await requestCtx(request);
      return await handler(ctx, request, await context.params);
    } catch (error) {
      const response = problemResponse(error);
      if (response.status === 401) response.headers.set("www-authenticate", 'Bearer realm="bridge"');
      return response;
    }
  };
}

/**
 * Reads a JSON body; a malformed one is a 400-class validation error, not a crash. With
 * `allowEmpty`, a command that needs no fields may be sent without a body.
 */
export async function readJson(request: Request, options: { allowEmpty?: boolean } = {}): Promise<unknown> {
  // Requiring a JSON content type also stops cross-site form posts riding on a session cookie.
  if (!request.headers.get("content-type")?.includes("application/json")) {
    throw new DomainError("VALIDATION", "Send the body as application/json", { _body: ["Content-Type must be application/json"] });
  }
  const text = await request.text();
  if (options.allowEmpty && text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError("VALIDATION", "Request body must be JSON", { _body: ["Not valid JSON"] });
  }
}
