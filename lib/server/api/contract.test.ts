// The contract of /api/v1: every endpoint answers a valid request over real HTTP with the status
// and the JSON the generated OpenAPI document promises, and the document itself is well formed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTRACT_CALLS } from "./contract";
import type { ContractRequest, ContractTools } from "./contract/types";
import { ENDPOINTS } from "./endpoints";
import type { Method } from "./openapi";
import { checkDocument } from "./openapi-check";
import { allScopesToken, contractTools, documentValidator, requestOf } from "./test-api";
import { startTestServer, type TestServer } from "./test-server";

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
const byId = new Map(ENDPOINTS.map((e) => [e.operationId, e]));
const docs = documentValidator();
let server: TestServer;
let tools: ContractTools;

function send(operationId: string, request: ContractRequest) {
  const e = byId.get(operationId);
  if (!e) throw new Error(`No endpoint has the operationId ${operationId}`);
  return fetch(requestOf(e, server.url, request, tools.secret));
}

beforeAll(async () => {
  server = await startTestServer();
  tools = contractTools(await allScopesToken(), send);
});

afterAll(() => server?.close());

describe("every endpoint answers as documented", () => {
  it("has at least one contract call per endpoint, and each call names a real endpoint", () => {
    const called = new Set(CONTRACT_CALLS.map((c) => c.operationId));
    expect(ENDPOINTS.map((e) => e.operationId).filter((id) => !called.has(id))).toEqual([]);
    expect([...called].filter((id) => !byId.has(id))).toEqual([]);
  });

  it.each(CONTRACT_CALLS.map((c, i) => [`${c.operationId} #${i}`, c] as const))("%s", async (_, call) => {
    const e = byId.get(call.operationId)!;
    const response = await send(call.operationId, await call.prepare(tools));
    const text = await response.text();
    expect(response.status, text).toBe(call.status ?? 200);
    const method = e.method.toLowerCase() as Method;
    if (response.status === 204) return expect(text).toBe("");
    const type = response.status >= 400 ? "application/problem+json" : "application/json";
    expect(response.headers.get("content-type")).toContain(type);
    expect(docs.response(e.path, method, response.status, JSON.parse(text), type)).toEqual([]);
  });

  it("answers bad input with a 422 that validates against the Problem schema", async () => {
    const response = await send("declareIncident", { path: "/api/v1/incidents", body: { title: 42 } });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const body = await response.json();
    expect(Object.keys(body.errors)).toContain("title");
    expect(docs.response("/api/v1/incidents", "post", 422, body, "application/problem+json")).toEqual([]);
  });
});

describe("the document", () => {
  it("gives every operation an operationId, a summary, a tag and a 2xx answer with a schema (or 204)", () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(docs.doc.paths))
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const where = `${method.toUpperCase()} ${path}`;
        if (!op.operationId) missing.push(`${where}: operationId`);
        if (!op.summary) missing.push(`${where}: summary`);
        if (!op.tags?.length) missing.push(`${where}: tag`);
        const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
        const described = success.some(
          ([status, r]) => status === "204" || ("content" in r && Object.values(r.content ?? {}).some((c) => c.schema)),
        );
        if (!described) missing.push(`${where}: a 2xx answer with a schema`);
      }
    expect(missing).toEqual([]);
  });

  it("uses unique operationIds", () => {
    const ids = Object.values(docs.doc.paths).flatMap((item) => METHODS.map((m) => item[m]?.operationId));
    const defined = ids.filter(Boolean);
    expect(new Set(defined).size).toBe(defined.length);
  });

  it("is structurally valid OpenAPI 3.1: every $ref resolves and no $defs is left", async () => {
    expect(await checkDocument(docs.doc)).toEqual([]);
  });

  it("and the check catches a dangling $ref, a stray $defs and a malformed operation", async () => {
    const broken = structuredClone(docs.doc);
    broken.components.schemas.Dangling = { $ref: "#/components/schemas/Nowhere", $defs: {} };
    (broken.paths["/api/v1/incidents"].get as { responses: unknown }).responses = "none";
    const problems = (await checkDocument(broken)).join("\n");
    expect(problems).toContain("Nowhere");
    expect(problems).toContain("$defs");
    expect(problems).toMatch(/responses/);
  });

  it("and the answer check rejects a body the schema does not allow", () => {
    expect(docs.response("/api/v1/incidents/{number}", "get", 200, { number: "one" })).not.toEqual([]);
  });
});
