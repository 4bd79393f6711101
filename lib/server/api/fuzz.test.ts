// Fuzzing every /api/v1 operation of the generated document with malformed requests: missing and
// mistyped fields, unknown fields, bodies that are not a JSON object, wrong Content-Types, invalid
// path parameters and query values. No answer may be a 5xx; every 4xx is problem+json; every 422
// names a field the request got wrong (or `_body`/`_form` for the body as a whole).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CONTRACT_CALLS } from "./contract";
import type { ContractRequest, ContractTools } from "./contract/types";
import type { Endpoint } from "./endpoint";
import { ENDPOINTS } from "./endpoints";
import {
  anyJson,
  badPathValues,
  badQueryValues,
  nonObjectBodies,
  objectShape,
  sample,
  unknownFields,
  wrongContentTypes,
} from "./fuzz-inputs";
import { openApiDocument, type Method } from "./openapi";
import { allScopesToken, contractTools, requestOf } from "./test-api";
import { dispatcher } from "./test-server";

// Thousands of requests from one token: lift its per-minute limit for this file (read at first import).
vi.hoisted(() => {
  process.env.BRIDGE_API_RATE_LIMIT = "1000000";
});

const BASE = "http://localhost:3000";
const doc = openApiDocument(BASE);
const find = dispatcher();
const byId = new Map(ENDPOINTS.map((e) => [e.operationId, e]));
let tools: ContractTools;

/** A malformed request, the fields it got wrong, and the body fields it leaves out. */
type Case = { label: string; request: Request; wrong: string[]; absent: string[] };

async function deliver(request: Request): Promise<Response | null> {
  const found = find(request.method, new URL(request.url).pathname);
  if (!found) return null; // The router itself answers 404 before any handler runs.
  return found.handler(request, { params: Promise.resolve(found.params) });
}

function send(operationId: string, request: ContractRequest) {
  return deliver(requestOf(byId.get(operationId)!, BASE, request, tools.secret)).then(
    (r) => r ?? new Response(null, { status: 404 }),
  );
}

beforeAll(async () => {
  tools = contractTools(await allScopesToken(), send);
});

type RawInit = { path?: string; query?: URLSearchParams; body?: string; headers?: Record<string, string> };

/** A request like the valid one, with the path, query, body text and headers replaced as given. */
function raw(e: Endpoint, valid: ContractRequest, init: RawInit) {
  const url = new URL(init.path ?? valid.path, BASE);
  url.search = (init.query ?? new URLSearchParams(valid.query ?? {})).toString();
  const headers = { authorization: `Bearer ${tools.secret}`, ...init.headers };
  return new Request(url, { method: e.method, headers, body: init.body });
}

function casesOf(e: Endpoint, valid: ContractRequest): Case[] {
  const op = doc.paths[e.path][e.method.toLowerCase() as Method]!;
  const cases: Case[] = [];
  const validBody = (valid.body ?? {}) as Record<string, unknown>;
  const validText = valid.body === undefined ? undefined : JSON.stringify(valid.body);
  const asJson = { "content-type": "application/json" };
  const { properties, required } = objectShape(
    op.requestBody?.content["application/json"].schema,
    doc.components.schemas,
  );
  const add = (label: string, wrong: string[], init: RawInit, absent: string[] = []) =>
    cases.push({ label, wrong, absent, request: raw(e, valid, init) });
  const json = (label: string, body: Record<string, unknown>, wrong: string[]) =>
    add(
      label,
      wrong,
      { body: JSON.stringify(body), headers: asJson },
      properties.filter((p) => !(p in body)),
    );

  if (e.body) {
    for (const name of required) {
      const { [name]: _, ...rest } = validBody;
      json(`missing ${name}`, rest, [name]);
    }
    for (const name of properties)
      for (const value of sample(anyJson, 40))
        json(`${name}=${String(JSON.stringify(value)).slice(0, 40)}`, { ...validBody, [name]: value }, [name]);
    for (const extra of unknownFields) json("unknown fields", { ...validBody, ...extra }, Object.keys(extra));
    json("empty object", {}, required);
    for (const body of nonObjectBodies) add(`body ${JSON.stringify(body).slice(0, 30)}`, [], { body, headers: asJson });
    for (const type of wrongContentTypes)
      add(`content-type ${type}`, [], { body: validText, headers: { "content-type": type } });
    add("no body", [], { headers: asJson });
  }
  const segments = e.path.split("/");
  for (const p of (op.parameters ?? []).filter((p) => p.in === "path"))
    for (const value of badPathValues) {
      // The other path parameters keep their valid values.
      const path = segments.map((s, i) => (s === `{${p.name}}` ? value : valid.path.split("/")[i])).join("/");
      add(`path ${p.name}=${value.slice(0, 30)}`, [p.name], {
        path,
        body: validText,
        headers: validText ? asJson : {},
      });
    }
  const withQuery = (change: (q: URLSearchParams) => void) => {
    const query = new URLSearchParams(valid.query ?? {});
    change(query);
    return { query };
  };
  for (const p of (op.parameters ?? []).filter((p) => p.in === "query")) {
    for (const value of badQueryValues)
      add(
        `query ${p.name}=${value.slice(0, 30)}`,
        [p.name],
        withQuery((q) => q.set(p.name, value)),
      );
    add(
      `query ${p.name} twice`,
      [p.name],
      withQuery((q) => (q.append(p.name, "1"), q.append(p.name, "2"))),
    );
  }
  if (e.method === "GET")
    for (const extra of unknownFields.slice(0, 5))
      add(
        "unknown query",
        Object.keys(extra),
        withQuery((q) => Object.entries(extra).forEach(([k, v]) => q.set(k, String(v)))),
      );
  return cases;
}

/** What is wrong with the answer to a malformed request; null when it is acceptable. */
async function judge(c: Case, response: Response | null): Promise<string | null> {
  if (!response) return null;
  if (response.status >= 500) return `${response.status}: ${await response.text()}`;
  if (response.status < 400) return null;
  if (!response.headers.get("content-type")?.includes("application/problem+json"))
    return `${response.status} without problem+json`;
  const body = (await response.json()) as { status: number; errors?: Record<string, string[]> };
  if (body.status !== response.status) return `problem status ${body.status} on a ${response.status}`;
  if (response.status !== 422) return null;
  // `samples[0]` or `samples.0.value` names a part of the field `samples`.
  const named = Object.keys(body.errors ?? {}).map((field) => field.split(/[.[]/)[0]);
  if (!named.length) return "422 names no field";
  // A rule across fields (name components by ids or by slugs) may blame the partner the request left out.
  const allowed = new Set([...c.wrong, ...c.absent, "_body", "_form"]);
  return named.some((field) => allowed.has(field)) ? null : `422 names ${named.join(", ")}, not ${c.wrong.join(", ")}`;
}

describe("fuzzing /api/v1", () => {
  it(
    "answers thousands of malformed requests without a 5xx, always as problem+json naming the bad field",
    // A hang guard, not a speed goal: about a minute on a quiet two-core machine, several on a busy one.
    { timeout: 600_000 },
    async () => {
      const counts: Record<string, number> = {};
      const failures: string[] = [];
      for (const e of ENDPOINTS) {
        const call = CONTRACT_CALLS.find((c) => c.operationId === e.operationId);
        expect(call, `a contract call for ${e.operationId} gives the valid request to start from`).toBeDefined();
        const cases = casesOf(e, await call!.prepare(tools));
        // A few at a time: concurrency finds races, and keeps the run short.
        for (let i = 0; i < cases.length; i += 8)
          await Promise.all(
            cases.slice(i, i + 8).map(async (c) => {
              const problem = await judge(c, await deliver(c.request));
              if (problem) failures.push(`${e.operationId} [${c.label}]: ${problem}`);
            }),
          );
        counts[e.operationId] = cases.length;
      }
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      console.info(`Fuzz requests per operation: ${JSON.stringify(counts)}; total ${total}`);
      expect(failures.slice(0, 30)).toEqual([]);
      expect(total).toBeGreaterThan(1000);
    },
  );
});
