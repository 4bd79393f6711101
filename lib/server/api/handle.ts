import "server-only";
import { randomUUID } from "node:crypto";
import { DomainError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/roles";
import { scopesInclude, scopeWrites } from "@/lib/domain/token-scopes";
import { systemCtx, type Ctx } from "../context";
import { problemResponse } from "../errors";
import { assertSameOrigin, boundedText, isJsonMediaType, requestCtx } from "../route";
import type { Endpoint, EndpointResult } from "./endpoint";
import { etagOf, matchesIfNoneMatch } from "./etag";
import { once, requestHash, type Answer } from "./idempotency";
import { RateLimited, rateHeaders, takeRequest } from "./rate-limit";
import { logRequest } from "./request-log";
import { parseInput } from "../validate";
import { queryObject } from "./query-object";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

const WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

/** The body text and its JSON; an endpoint without a body schema takes none (or `{}`). */
async function readBody(e: Endpoint, request: Request): Promise<{ text: string; raw: unknown }> {
  if (!WITH_BODY.has(e.method)) return { text: "", raw: undefined };
  const hasBody = request.headers.has("content-type") || Number(request.headers.get("content-length") ?? "0") > 0;
  if (hasBody && !isJsonMediaType(request.headers.get("content-type")))
    throw new DomainError("VALIDATION", "Send the body as application/json", {
      _body: ["Content-Type must be application/json"],
    });
  const text = await boundedText(request);
  if (text.trim() === "") {
    if (e.body) throw new DomainError("VALIDATION", "Send a JSON body", { _body: ["A JSON object is required"] });
    return { text, raw: {} };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DomainError("VALIDATION", "Request body must be JSON", { _body: ["Not valid JSON"] });
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new DomainError("VALIDATION", "Send a JSON object", { _body: ["Must be a JSON object"] });
  return { text, raw };
}

function checkScope(e: Endpoint, ctx: Ctx): void {
  if (!e.scope || ctx.actor.kind !== "token" || scopesInclude(ctx.actor.scopes, e.scope)) return;
  throw new DomainError("FORBIDDEN", `This token lacks the scope ${e.scope}, which ${e.method} ${e.path} needs.`, {
    scope: [`Needs ${e.scope}`],
  });
}

// The service checks the exact permission, but only after the body has been parsed. A caller whose
// role holds none of what the endpoint's scope writes would be refused there in any case, so it
// hears that (403) first rather than a 422 about a body it may not send at all.
function checkRoleMayWrite(e: Endpoint, ctx: Ctx): void {
  if (e.method === "GET" || !e.scope) return;
  const writes = scopeWrites(e.scope);
  if (writes.length === 0 || writes.some((p) => can(ctx.actor.role, p))) return;
  throw new DomainError(
    "FORBIDDEN",
    `Your role (${ctx.actor.role}) may not do what ${e.method} ${e.path} does (${writes.join(" or ")}).`,
    { role: [`Needs a role that may ${writes.join(" or ")}`] },
  );
}

// No id, key or slug holds a control character; one (a NUL above all) would otherwise reach the
// database as a malformed query.
const CONTROL = /[\u0000-\u001f\u007f]/;

async function params(e: Endpoint, context: RouteContext): Promise<unknown> {
  // Next gives a route without dynamic segments no params at all.
  const raw = (await context.params) ?? {};
  for (const [name, value] of Object.entries(raw))
    if ([value].flat().some((v) => CONTROL.test(v)))
      throw new DomainError("NOT_FOUND", `Nothing is at ${e.path} with that ${name}.`, {
        [name]: ["Contains a control character"],
      });
  if (!e.params) return raw;
  const parsed = e.params.safeParse(raw);
  if (parsed.success) return parsed.data;
  const names = parsed.error.issues.map((i) => String(i.path[0] ?? "path"));
  throw new DomainError("NOT_FOUND", `Nothing is at ${e.path} with ${names.join(", ")} ${JSON.stringify(raw)}.`, {
    [names[0]]: parsed.error.issues.map((i) => i.message),
  });
}

function answerOf(result: EndpointResult): Answer {
  return { status: result.status ?? 200, body: result.body, headers: result.headers ?? {} };
}

function toResponse(request: Request, answer: Answer, extra: Record<string, string>): Response {
  const headers = new Headers({ ...answer.headers, ...extra });
  if (answer.status === 204 || answer.body === undefined) return new Response(null, { status: answer.status, headers });
  const text = JSON.stringify(answer.body);
  headers.set("content-type", "application/json");
  if (request.method === "GET" && answer.status === 200) {
    const etag = etagOf(text);
    headers.set("etag", etag);
    headers.set("cache-control", headers.get("cache-control") ?? "private, no-cache");
    if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag))
      return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status: answer.status, headers });
}

/**
 * The Next route handler of an endpoint: checks where a cookie write comes from, resolves the
 * caller, counts it against the token's rate limit, checks the scope and that the caller's role may
 * write what the scope writes, parses path, query and body
 * with the endpoint's schemas (a bad field is a 422 naming it), runs the handler once per
 * Idempotency-Key, tags GET answers with an ETag, and logs a token's request.
 */
export function route(e: Endpoint) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const started = performance.now();
    const requestId = randomUUID();
    const url = new URL(request.url);
    const extra: Record<string, string> = { "x-request-id": requestId };
    let ctx: Ctx | null = null;
    let response: Response;
    try {
      if (e.auth !== "public" && e.auth !== "source") assertSameOrigin(request);
      ctx = e.auth === "public" || e.auth === "source" ? systemCtx() : await requestCtx(request);
      if (e.auth === "session" && ctx.actor.kind === "token")
        throw new DomainError(
          "FORBIDDEN",
          `${e.method} ${e.path} is for people signed in to the console; no token scope grants it.`,
          {
            authorization: ["Sign in; API tokens cannot use this operation"],
          },
        );
      if (ctx.actor.kind === "token") Object.assign(extra, rateHeaders(await takeRequest(ctx.actor.id, ctx.now)));
      checkScope(e, ctx);
      checkRoleMayWrite(e, ctx);
      const input = {
        params: await params(e, context),
        query: e.query ? parseInput(e.query, queryObject(url)) : {},
        request,
      };
      const { text, raw } = await readBody(e, request);
      // A source endpoint authenticates its key first and records a refused payload, so it validates itself.
      const body = e.body && e.auth !== "source" ? parseInput(e.body, raw) : raw;
      const caller = ctx;
      const run = async () => answerOf(await e.handler(caller, { ...input, body, raw }));
      const key = request.headers.get("idempotency-key");
      if (e.method === "POST" && key !== null && caller.actor.kind !== "system") {
        const answer = await once(
          `${caller.actor.kind}:${caller.actor.id}`,
          key,
          requestHash(e.method, url.pathname, text),
          caller.now,
          run,
        );
        if (answer.replayed) extra["idempotent-replayed"] = "true";
        response = toResponse(request, answer, extra);
      } else {
        response = toResponse(request, await run(), extra);
      }
    } catch (error) {
      response = problemResponse(error, requestId);
      for (const [name, value] of Object.entries(extra)) response.headers.set(name, value);
      if (response.status === 401) response.headers.set("www-authenticate", 'Bearer realm="bridge"');
      if (error instanceof RateLimited) {
        for (const [name, value] of Object.entries(rateHeaders(error.state))) response.headers.set(name, value);
        response.headers.set("retry-after", String(error.state.resetSeconds));
      }
    }
    await logRequest(ctx, {
      method: e.method,
      route: e.path,
      path: url.pathname,
      status: response.status,
      durationMs: Math.round(performance.now() - started),
      requestId,
    }).catch((error: unknown) => console.error("API request log failed:", error));
    return response;
  };
}
