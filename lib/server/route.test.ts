// HTTP-level guards of /api/v1 through the real route handlers: only a true JSON media type is
// read, a cookie write must come from this site, and an oversized body is refused with 413.
import { describe, expect, it } from "vitest";
import { POST as declareRoute } from "@/app/api/v1/incidents/route";
import { db } from "@/lib/server/db";
import { createToken } from "@/lib/server/tokens/create";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";
import { none, problem } from "./api/test-fixtures";
import { assertSameOrigin, isJsonMediaType, MAX_BODY_BYTES, readJson } from "./route";

const BASE = "http://localhost:3000/api/v1/incidents";
const body = (title: string) =>
  JSON.stringify({ title, severity: "SEV3", componentSlugs: ["documentation-generation"] });

describe("isJsonMediaType", () => {
  it("accepts JSON with parameters and +json types only", () => {
    for (const ok of [
      "application/json",
      "Application/JSON",
      "application/json; charset=utf-8",
      'application/json;charset="UTF-8"',
      "application/problem+json",
    ]) {
      expect(isJsonMediaType(ok), ok).toBe(true);
    }
    for (const bad of [
      null,
      "",
      "text/plain; application/json",
      "text/plain;application/json",
      "application/jsonx",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=application/json",
      "application/json; application/json",
      "text/json",
    ]) {
      expect(isJsonMediaType(bad), String(bad)).toBe(false);
    }
  });
});

describe("assertSameOrigin", () => {
  const post = (headers: Record<string, string>) =>
    new Request(BASE, { method: "POST", headers: { cookie: "next-auth.session-token=x", ...headers } });
  it("lets same-origin cookie writes, bearer calls and reads through", () => {
    expect(() => assertSameOrigin(post({ origin: "http://localhost:3000" }))).not.toThrow();
    expect(() => assertSameOrigin(post({ "sec-fetch-site": "same-origin" }))).not.toThrow();
    expect(() => assertSameOrigin(post({ authorization: "Bearer x", origin: "https://evil.example" }))).not.toThrow();
    expect(() =>
      assertSameOrigin(new Request(BASE, { headers: { origin: "https://evil.example", cookie: "a=b" } })),
    ).not.toThrow();
    expect(() =>
      assertSameOrigin(new Request(BASE, { method: "POST", headers: { origin: "https://evil.example" } })),
    ).not.toThrow();
  });
  it("refuses a foreign Origin, a same-site sibling, and a cookie write with no proof of origin", () => {
    const cases: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "http://localhost:3001", "sec-fetch-site": "same-site" },
      { origin: "null" },
      {},
      { "sec-fetch-site": "same-site" },
    ];
    for (const headers of cases) {
      expect(() => assertSameOrigin(post(headers)), JSON.stringify(headers)).toThrow(
        expect.objectContaining({ code: "FORBIDDEN" }),
      );
    }
  });
});

describe("POST /api/v1/incidents guards", () => {
  it("refuses the no-cors text/plain declare from a sibling site with 403 and declares nothing", async () => {
    const title = `CSRF ${Math.random().toString(36).slice(2, 8)}`;
    const request = new Request(BASE, {
      method: "POST",
      headers: {
        "content-type": "text/plain; application/json",
        origin: "http://localhost:3001",
        "sec-fetch-site": "same-site",
        cookie: "next-auth.session-token=x",
      },
      body: body(title),
    });
    const refused = await problem(await declareRoute(request, none), 403);
    expect(refused.title).toBe("FORBIDDEN");
    expect(refused.detail).toContain("Cross-site request refused");
    expect(refused.errors).toHaveProperty("origin");
    expect(await db.incident.count({ where: { title } })).toBe(0);
  });

  it("refuses a text/plain body even with a valid token", async () => {
    const admin = await createTestUser("ADMIN");
    const { secret } = await createToken(ctxOf(admin), {
      name: `guards-${Math.random().toString(36).slice(2, 8)}`,
      scopes: ["incidents:write"],
    });
    const title = `Plain ${Math.random().toString(36).slice(2, 8)}`;
    const request = new Request(BASE, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "text/plain; application/json" },
      body: body(title),
    });
    expect((await problem(await declareRoute(request, none), 422)).errors).toHaveProperty("_body");
    const ok = new Request(BASE, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json; charset=utf-8" },
      body: body(title),
    });
    expect((await declareRoute(ok, none)).status).toBe(201);
  });

  it("answers 413 to a body over the limit, declared or streamed", async () => {
    const admin = await createTestUser("ADMIN");
    const { secret } = await createToken(ctxOf(admin), {
      name: `big-${Math.random().toString(36).slice(2, 8)}`,
      scopes: ["incidents:write"],
    });
    const huge = JSON.stringify({
      title: "Huge",
      severity: "SEV3",
      componentSlugs: ["documentation-generation"],
      impact: "x".repeat(10 * 1024 * 1024),
    });
    const request = new Request(BASE, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: huge,
    });
    const refused = await problem(await declareRoute(request, none), 413);
    expect(refused.title).toBe("TOO_LARGE");
    expect(refused.errors).toHaveProperty("_body");

    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new Uint8Array(MAX_BODY_BYTES / 2).fill(32));
        controller.close();
      },
    });
    const chunked = new Request(BASE, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: streamed,
      duplex: "half",
    } as RequestInit);
    await expect(readJson(chunked)).rejects.toMatchObject({ code: "TOO_LARGE" });
    const lying = new Request(BASE, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(MAX_BODY_BYTES + 1) },
      body: "{}",
    });
    await expect(readJson(lying)).rejects.toMatchObject({ code: "TOO_LARGE" });
  });
});
