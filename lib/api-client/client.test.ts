// The typed client of /api/v1: its committed types are what the generator writes today, and it
// works an incident over real HTTP — declare, acknowledge, resolve — reading each answer through them.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as acknowledge } from "@/app/api/v1/incidents/[number]/acknowledge/route";
import { POST as changeStatus } from "@/app/api/v1/incidents/[number]/status/route";
import { allScopesToken } from "@/lib/server/api/test-api";
import { startTestServer, type TestServer } from "@/lib/server/api/test-server";
import { apiTypes, SCHEMA_FILE } from "@/scripts/api/types";
import { createBridgeClient, type BridgeClient, type Incident } from ".";

let server: TestServer;
let client: BridgeClient;

beforeAll(async () => {
  // Acknowledge and status are served by their route files until they are endpoints too.
  server = await startTestServer(undefined, [
    { method: "POST", path: "/api/v1/incidents/{number}/acknowledge", handler: acknowledge },
    { method: "POST", path: "/api/v1/incidents/{number}/status", handler: changeStatus },
  ]);
  client = createBridgeClient(server.url, (await allScopesToken()).secret);
});

afterAll(() => server?.close());

describe("lib/api-client", () => {
  it("has committed types equal to what `npm run api:types` writes now", async () => {
    expect(await readFile(SCHEMA_FILE, "utf8"), "run `npm run api:types` and commit the result").toBe(await apiTypes());
  });

  it("declares, acknowledges and resolves an incident with typed requests and answers", async () => {
    const declared = await client.POST("/api/v1/incidents", {
      body: { title: "Typed client incident", severity: "SEV3", componentSlugs: ["documentation-generation"] },
      headers: { "Idempotency-Key": crypto.randomUUID() },
    });
    expect(declared.response.status).toBe(201);
    const incident: Incident = declared.data!;
    expect(incident).toMatchObject({ title: "Typed client incident", status: "INVESTIGATING", acknowledgedAt: null });
    const number = incident.number;

    const acked = await client.POST("/api/v1/incidents/{number}/acknowledge", {
      params: { path: { number } },
    });
    expect(acked.response.status, JSON.stringify(acked.error)).toBe(200);
    expect(acked.data?.acknowledgedAt).toEqual(expect.any(String));

    const resolved = await client.POST("/api/v1/incidents/{number}/status", {
      params: { path: { number } },
      body: { status: "RESOLVED", note: "Fixed by the typed client", resolutionSummary: "Rolled back" },
    });
    expect(resolved.response.status, JSON.stringify(resolved.error)).toBe(200);
    expect(resolved.data?.status).toBe("RESOLVED");

    const read = await client.GET("/api/v1/incidents/{number}", { params: { path: { number } } });
    expect(read.data?.status).toBe("RESOLVED");
    expect(read.data?.resolvedAt).toEqual(expect.any(String));
  });

  it("returns a refusal as a typed problem", async () => {
    const refused = await client.GET("/api/v1/incidents/{number}", { params: { path: { number: 999_999_998 } } });
    expect(refused.response.status).toBe(404);
    expect(refused.error).toMatchObject({ status: 404, title: "NOT_FOUND" });
  });
});
