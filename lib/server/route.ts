import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { appUrl } from "./app-url";
import type { Ctx } from "./context";
import { problemResponse } from "./errors";
import { requireCtx } from "./session";
import { authenticateToken } from "./tokens/authenticate";

/** The largest request body the API reads; more is refused before it is buffered. */
export const MAX_BODY_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const TOKEN = "[!#$%&'*+.^_`|~0-9a-z-]+";
const JSON_TYPE = new RegExp(`^application/(?:${TOKEN}\\+)?json$`);
const PARAMETER = new RegExp(`^${TOKEN}=(?:${TOKEN}|"[^"]*")$`);

/**
 * Whether a Content-Type header is a JSON media type: `application/json` or `application/*+json`,
 * with well-formed parameters only. A substring match would let `text/plain; application/json`,
 * which any page may send cross-site without a preflight, pass for JSON.
 */
export function isJsonMediaType(header: string | null): boolean {
  if (header === null) return false;
  const [essence, ...parameters] = header
    .toLowerCase()
    .split(";")
    .map((part) => part.trim());
  return JSON_TYPE.test(essence) && parameters.every((p) => PARAMETER.test(p));
}

/**
 * Refuses a state-changing request that rides on the session cookie unless the browser says it
 * comes from this site: a same-origin `Origin`, or `Sec-Fetch-Site: same-origin` when there is no
 * Origin. Bearer-token and cookieless calls carry no ambient credential, so they need no such proof.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase()) || request.headers.has("authorization")) return;
  // Without any cookie there is no session to ride on; such a call is simply unauthenticated.
  if (!request.headers.has("cookie")) return;
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  if (origin !== null) {
    const own = new Set([new URL(request.url).origin, new URL(appUrl("/")).origin]);
    if (own.has(origin)) return;
    throw new DomainError("FORBIDDEN", `Cross-site request refused: Origin ${origin} is not this site.`, {
      origin: ["Not this site"],
    });
  }
  if (fetchSite === "same-origin") return;
  throw new DomainError(
    "FORBIDDEN",
    "Cross-site request refused: send an Origin header from this site, or use an API token.",
    {
      origin: ["Missing; a session-authenticated write must come from this site"],
    },
  );
}

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

/** Wraps a REST handler: checks where a cookie write comes from, resolves the caller, runs it, and maps any error to problem+json. */
export function apiHandler<P>(handler: (ctx: Ctx, request: Request, params: P) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      assertSameOrigin(request);
      const ctx = await requestCtx(request);
      return await handler(ctx, request, await context.params);
    } catch (error) {
      const response = problemResponse(error);
      if (response.status === 401) response.headers.set("www-authenticate", 'Bearer realm="bridge"');
      return response;
    }
  };
}

const tooLarge = () =>
  new DomainError("TOO_LARGE", `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`, {
    _body: [`At most ${MAX_BODY_BYTES} bytes`],
  });

/** The body as text, stopping as soon as it passes the limit so a huge upload is never held in memory. */
export async function boundedText(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Reads a JSON body; a malformed one is a 400-class validation error, not a crash. With
 * `allowEmpty`, a command that needs no fields may be sent without a body.
 */
export async function readJson(request: Request, options: { allowEmpty?: boolean } = {}): Promise<unknown> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    throw new DomainError("VALIDATION", "Send the body as application/json", {
      _body: ["Content-Type must be application/json"],
    });
  }
  const text = await boundedText(request);
  if (options.allowEmpty && text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError("VALIDATION", "Request body must be JSON", { _body: ["Not valid JSON"] });
  }
}
