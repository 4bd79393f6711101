import "server-only";
import { DomainError } from "@/lib/domain/errors";
import type { Ctx } from "./context";
import { problemResponse } from "./errors";
import { requireCtx } from "./session";

/** Wraps a REST handler: resolves the caller, runs it, and maps any error to problem+json. */
export function apiHandler<P>(handler: (ctx: Ctx, request: Request, params: P) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      const ctx = await requireCtx();
      return await handler(ctx, request, await context.params);
    } catch (error) {
      return problemResponse(error);
    }
  };
}

/** Reads a JSON body; a malformed one is a 400-class validation error, not a crash. */
export async function readJson(request: Request): Promise<unknown> {
  // Requiring a JSON content type also stops cross-site form posts riding on a session cookie.
  if (!request.headers.get("content-type")?.includes("application/json")) {
    throw new DomainError("VALIDATION", "Send the body as application/json", { _body: ["Content-Type must be application/json"] });
  }
  try {
    return await request.json();
  } catch {
    throw new DomainError("VALIDATION", "Request body must be JSON", { _body: ["Not valid JSON"] });
  }
}
