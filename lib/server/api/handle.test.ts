// What every /api/v1 endpoint does before and after its own work (lib/server/api/handle.ts),
// through the real incident routes: Idempotency-Key replays and refusals, the per-token rate limit,
// ETag / If-None-Match, the up-front scope and role checks, and the request log an admin reads.
import { afterEach, describe, expect, it } from "vitest";
import { GET as getRoute } from "@/app/api/v1/incidents/[number]/route";
import { GET as listRoute, POST as declareRoute } from "@/app/api/v1/incidents/route";
import { TOKEN_SCOPES } from "@/lib/domain/token-scopes";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { ENDPOINTS } from "./endpoints";
import { route } from "./handle";
import { pruneApiRecords } from "./prune";
import { at, none, problem, request, tokenOfRole, tokenWith } from "./test-fixtures";

const BASE = "http://localhost:3000/api/v1/incidents";

/** A request to the incident list as a client sends it. */
const call = (secret: string, init: Parameters<typeof request>[2] = {}) => request(BASE, secret, init);

const declareBody = (title: string) => ({ title, severity: "SEV3", componentSlugs: ["ci-cd-pipeline"] });

describe("Idempotency-Key", () => {
  it("replays the first answer to a retry with the same key and body, declaring once", async () => {
    const { secret, token } = await tokenWith(["incidents:write"]);
    const title = `Idempotent ${token.prefix}`;
    const headers = { "idempotency-key": `declare-${token.prefix}` };
    const first = await declareRoute(call(secret, { body: declareBody(title), headers }), none);
    const again = await declareRoute(call(secret, { body: declareBody(title), headers }), none);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    expect(await again.json()).toEqual(await first.json());
    expect(await db.incident.count({ where: { title } })).toBe(1);
  });

  it("refuses the same key with a different body with 409 naming the header", async () => {
    const { secret, token } = await tokenWith(["incidents:write"]);
    const headers = { "idempotency-key": `reuse-${token.prefix}` };
    await declareRoute(call(secret, { body: declareBody(`First ${token.prefix}`), headers }), none);
    const body = await problem(
      await declareRoute(call(secret, { body: declareBody(`Second ${token.prefix}`), headers }), none),
      409,
    );
    expect(Object.keys(body.errors)).toEqual(["Idempotency-Key"]);
    expect(await db.incident.count({ where: { title: `Second ${token.prefix}` } })).toBe(0);
  });

  it("keeps keys per caller: another token's same key is a new request", async () => {
    const one = await tokenWith(["incidents:write"]);
    const two = await tokenWith(["incidents:write"]);
    const headers = { "idempotency-key": "shared-key-name" };
    const a = await declareRoute(call(one.secret, { body: declareBody(`A ${one.token.prefix}`), headers }), none);
    const b = await declareRoute(call(two.secret, { body: declareBody(`B ${two.token.prefix}`), headers }), none);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect((await b.json()).title).toBe(`B ${two.token.prefix}`);
  });

  it("does not keep a failed answer: after a 422 the key may be used for the corrected request", async () => {
    const { secret, token } = await tokenWith(["incidents:write"]);
    const headers = { "idempotency-key": `fix-${token.prefix}` };
    await problem(await declareRoute(call(secret, { body: { title: "x" }, headers }), none), 422);
    const fixed = await declareRoute(call(secret, { body: declareBody(`Fixed ${token.prefix}`), headers }), none);
    expect(fixed.status).toBe(201);
  });

  it("answers two simultaneous sends with one incident: the second is a replay or a 409, never a second declare", async () => {
    const { secret, token } = await tokenWith(["incidents:write"]);
    const title = `Race ${token.prefix}`;
    const headers = { "idempotency-key": `race-${token.prefix}` };
    const answers = await Promise.all(
      [0, 1, 2].map(() => declareRoute(call(secret, { body: declareBody(title), headers }), none)),
    );
    for (const a of answers) expect([201, 409]).toContain(a.status);
    expect(await db.incident.count({ where: { title } })).toBe(1);
  });

  it("refuses a key that is not 1–255 visible characters with 422 naming the header", async () => {
    const { secret } = await tokenWith(["incidents:write"]);
    const body = await problem(
      await declareRoute(
        call(secret, { body: declareBody("Bad key"), headers: { "idempotency-key": "x".repeat(256) } }),
        none,
      ),
      422,
    );
    expect(Object.keys(body.errors)).toEqual(["Idempotency-Key"]);
  });
});

describe("route context", () => {
  it("serves a path without parameters when Next passes none at all, as it does for static routes", async () => {
    const { secret } = await tokenWith(["incidents:read"]);
    const nextContext = { params: Promise.resolve(undefined as unknown as Record<string, string>) };
    expect((await listRoute(request(BASE, secret), nextContext)).status).toBe(200);
  });
});

describe("ETag", () => {
  it("tags a read and answers 304 without a body while nothing changed, 200 once it did", async () => {
    const { secret, token } = await tokenWith(["incidents:write"]);
    const created = await (
      await declareRoute(call(secret, { body: declareBody(`Tagged ${token.prefix}`) }), none)
    ).json();
    const url = `${BASE}/${created.number}`;
    const get = (headers: Record<string, string> = {}) =>
      getRoute(new Request(url, { headers: { authorization: `Bearer ${secret}`, ...headers } }), at(created.number));
    const first = await get();
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    const unchanged = await get({ "if-none-match": etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
    await db.incident.update({ where: { id: created.id }, data: { impact: "Now known" } });
    const changed = await get({ "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });
});

describe("rate limit", () => {
  const limit = env.BRIDGE_API_RATE_LIMIT;
  afterEach(() => {
    env.BRIDGE_API_RATE_LIMIT = limit;
  });

  it("answers 429 with Retry-After once a token passes its requests per minute, and counts tokens apart", async () => {
    env.BRIDGE_API_RATE_LIMIT = 3;
    const { secret } = await tokenWith(["incidents:read"]);
    const other = await tokenWith(["incidents:read"]);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await listRoute(call(secret), none));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[0].headers.get("ratelimit-limit")).toBe("3");
    expect(answers[2].headers.get("ratelimit-remaining")).toBe("0");
    const refused = answers[3];
    const seconds = Number(refused.headers.get("retry-after"));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect((await problem(refused, 429)).title).toBe("RATE_LIMITED");
    expect((await listRoute(call(other.secret), none)).status).toBe(200);
  });
});

describe("scopes and the request log", () => {
  it("refuses a token without the endpoint's scope with 403 naming it, before any work", async () => {
    const { secret } = await tokenWith(["sli:write"]);
    const body = await problem(await listRoute(call(secret), none), 403);
    expect(body.detail).toContain("incidents:read");
    expect(Object.keys(body.errors)).toEqual(["scope"]);
  });

  it("refuses a write with 403 before reading the body when the creator's role may do none of what the scope writes", async () => {
    const { secret } = await tokenOfRole("STAKEHOLDER", ["incidents:write"]);
    const body = await problem(await declareRoute(call(secret, { body: { title: "x" } }), none), 403);
    expect(body.detail).toContain("STAKEHOLDER");
    expect(Object.keys(body.errors)).toEqual(["role"]);
  });

  it("does so on every write a scope guards, whatever its path and body", async () => {
    const { secret } = await tokenOfRole("STAKEHOLDER", [...TOKEN_SCOPES]);
    const anyParams = { params: Promise.resolve({ number: "1", id: "x", key: "x", slug: "x" }) };
    const writes = ENDPOINTS.filter((e) => e.method !== "GET" && e.scope);
    expect(writes.length).toBeGreaterThan(10);
    for (const e of writes) {
      const url = `http://localhost:3000${e.path}`;
      const answer = await route(e)(request(url, secret, { method: e.method, body: { bad: true } }), anyParams);
      expect([e.operationId, answer.status]).toEqual([e.operationId, 403]);
    }
  });

  it("still answers 422 for a bad body when the role may write: the service checks the exact permission", async () => {
    const { secret } = await tokenOfRole("RESPONDER", ["incidents:write"]);
    await problem(await declareRoute(call(secret, { body: { title: "x" } }), none), 422);
  });

  it("logs each token request with its route, status and request id, and the sweep drops old rows", async () => {
    const { secret, token } = await tokenWith(["incidents:read"]);
    const ok = await listRoute(call(secret), none);
    await getRoute(new Request(`${BASE}/999999`, { headers: { authorization: `Bearer ${secret}` } }), at(999999));
    const rows = await db.apiRequest.findMany({ where: { tokenId: token.id }, orderBy: { at: "asc" } });
    expect(rows.map((r) => [r.method, r.route, r.status])).toEqual([
      ["GET", "/api/v1/incidents", 200],
      ["GET", "/api/v1/incidents/{number}", 404],
    ]);
    expect(rows[0].requestId).toBe(ok.headers.get("x-request-id"));
    expect(rows[1].path).toBe("/api/v1/incidents/999999");

    const later = new Date(Date.now() + 31 * 24 * 60 * 60_000);
    const pruned = await pruneApiRecords(db, later, 30);
    expect(pruned.requests).toBeGreaterThanOrEqual(2);
    expect(await db.apiRequest.count({ where: { tokenId: token.id } })).toBe(0);
  });
});
