// The OpenAPI document describes every route file and exported method under app/api/v1, and
// every reference in it resolves.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { openApiDocument, type Method } from "./openapi";

const API_ROOT = path.join(process.cwd(), "app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** `app/api/v1/incidents/[number]/status/route.ts` → `/api/v1/incidents/{number}/status`. */
function urlPathOf(file: string): string {
  const relative = path.relative(path.join(process.cwd(), "app"), path.dirname(file)).split(path.sep);
  return `/${relative.map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
}

function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return METHODS.filter((m) => new RegExp(`export\\s+(const|(async\\s+)?function)\\s+${m}\\b`).test(source));
}

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => (k === "$ref" && typeof v === "string" ? [v] : refsIn(v)));
  }
  return [];
}

describe("openApiDocument", () => {
  const doc = openApiDocument("https://bridge.example.com");
  const files = routeFiles(API_ROOT);

  it("finds the route files it checks", () => {
    expect(files.map(urlPathOf)).toEqual(
      expect.arrayContaining([
        "/api/v1/incidents",
        "/api/v1/incidents/{number}/status",
        "/api/v1/users",
        "/api/v1/openapi.json",
      ]),
    );
  });

  it("describes every route file under app/api/v1 with each method it exports", () => {
    for (const file of files) {
      const methods = exportedMethods(file);
      expect(methods.length, file).toBeGreaterThan(0);
      const item = doc.paths[urlPathOf(file)];
      expect(item, `${urlPathOf(file)} is missing from openapi.ts`).toBeDefined();
      for (const method of methods)
        expect(item[method.toLowerCase() as Method], `${method} ${urlPathOf(file)}`).toBeDefined();
    }
  });

  it("describes no path that has no route file", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(files.map(urlPathOf).sort());
  });

  it("is OpenAPI 3.1 with bearer auth, a problem+json error shape and resolvable references", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "https://bridge.example.com" }]);
    expect(doc.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.schemas.Problem).toMatchObject({
      required: expect.arrayContaining(["type", "title", "status", "detail", "errors"]),
    });
    expect(doc.components.responses.Validation.content).toHaveProperty("application/problem+json");
    for (const ref of refsIn(doc)) {
      const [, section, name] = /^#\/components\/(schemas|responses)\/(.+)$/.exec(ref) ?? [];
      expect(section, ref).toBeDefined();
      expect(doc.components[section as "schemas" | "responses"][name], ref).toBeDefined();
    }
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names the fields the declare body takes, including slugs", () => {
    const declare = doc.components.schemas.DeclareIncident as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(declare.properties)).toEqual(
      expect.arrayContaining(["title", "severity", "componentIds", "componentSlugs", "impact", "commanderEmail"]),
    );
    expect(declare.required).toEqual(["title", "severity"]);
  });

  it("describes POST /api/v1/backups with its idempotency header, its answer and the fields of the body", () => {
    const op = doc.paths["/api/v1/backups"].post!;
    expect(op.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(["header:Idempotency-Key"]);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["201", "403", "409", "422"]));
    const ref = (op.requestBody?.content["application/json"].schema as { $ref: string }).$ref;
    const body = doc.components.schemas[ref.split("/").pop()!] as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(body.required).toEqual(["policy", "verifiedAt", "ok"]);
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(["note", "idempotencyKey"]));
  });

  it("is served by GET /api/v1/openapi.json without signing in", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    const served = await response.json();
    expect(served.openapi).toBe("3.1.0");
    expect(Object.keys(served.paths)).toEqual(Object.keys(doc.paths));
  });
});
