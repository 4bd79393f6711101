// The incident REST API through its real route handlers (auth, services, problem+json), called
// with Request objects: a token declares and works an incident within its scopes, and nothing else.
import { describe, expect, it } from "vitest";
import { POST as acknowledgeRoute } from "@/app/api/v1/incidents/[number]/acknowledge/route";
import { POST as notesRoute } from "@/app/api/v1/incidents/[number]/notes/route";
import { GET as getRoute } from "@/app/api/v1/incidents/[number]/route";
import { POST as statusRoute } from "@/app/api/v1/incidents/[number]/status/route";
import { GET as listRoute, POST as declareRoute } from "@/app/api/v1/incidents/route";
import { db } from "@/lib/server/db";
import { authenticateToken } from "@/lib/server/tokens/authenticate";
import { readIncident } from "./read-incident";
import { request, tokenWith } from "./test-client";
import { at, invalidFields, none, problem } from "./test-fixtures";
import { revokeToken } from "@/lib/server/tokens/revoke";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";

const BASE = "http://localhost:3000/api/v1/incidents";

const declareBody = (title: string) => ({
  title,
  severity: "SEV2",
  componentSlugs: ["documentation-generation"],
  impact: "Docs build failing",
});

async function declared(secret: string, title = `API incident ${Math.random().toString(36).slice(2, 8)}`) {
  const response = await declareRoute(request(BASE, secret, { body: declareBody(title) }), none);
  expect(response.status).toBe(201);
  return (await response.json()) as {
    id: string;
    number: number;
    title: string;
    url: string;
    status: string;
    acknowledgedAt: string | null;
  };
}

describe("POST /api/v1/incidents", () => {
  it("declares with an incidents:write token: 201, the incident and its url, audited as the token", async () => {
    const { token, secret } = await tokenWith(["incidents:write"]);
    const title = `Docs pipeline down ${token.prefix}`;
    const response = await declareRoute(request(BASE, secret, { body: declareBody(title) }), none);
    expect(response.status).toBe(201);
    const incident = await response.json();
    expect(incident).toMatchObject({
      title,
      severity: "SEV2",
      status: "INVESTIGATING",
      impact: "Docs build failing",
      commander: null,
    });
    expect(incident.components.map((c: { name: string }) => c.name)).toEqual(["Documentation Generation"]);
    expect(incident.url).toMatch(new RegExp(`/incidents/${incident.number}$`));
    expect(response.headers.get("location")).toBe(incident.url);
    expect(incident).not.toHaveProperty("timeline");

    const [audit] = await db.auditLog.findMany({ where: { action: "incident.declare", entityId: incident.id } });
    expect(audit).toMatchObject({ actorLabel: `token ${token.name}`, actorId: null });
    const [event] = await db.incidentEvent.findMany({ where: { incidentId: incident.id, kind: "DECLARED" } });
    expect(event.actorLabel).toBe(`token ${token.name}`);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
  });

  it("accepts component ids and a commander's e-mail", async () => {
    const { secret } = await tokenWith(["incidents:write"]);
    const commander = await createTestUser("COMMANDER");
    const component = await db.component.findUniqueOrThrow({ where: { slug: "ci-cd-pipeline" } });
    const response = await declareRoute(
      request(BASE, secret, {
        body: {
          title: "CI is red",
          severity: "SEV3",
          componentIds: [component.id],
          commanderEmail: commander.email.toUpperCase(),
        },
      }),
      none,
    );
    expect(response.status).toBe(201);
    const incident = await response.json();
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      commanderId: commander.id,
    });
  });

  it("refuses an incidents:read token with 403 and declares nothing", async () => {
    const { secret, token } = await tokenWith(["incidents:read"]);
    const title = `Should not exist ${token.prefix}`;
    const body = await problem(await declareRoute(request(BASE, secret, { body: declareBody(title) }), none), 403);
    expect(body.title).toBe("FORBIDDEN");
    expect(body.detail).toContain("incidents:read");
    expect(await db.incident.count({ where: { title } })).toBe(0);
  });

  it("answers 422 naming each bad field", async () => {
    const { secret } = await tokenWith(["incidents:write"]);
    const bad = await problem(
      await declareRoute(
        request(BASE, secret, { body: { title: "Disk full", severity: "SEV9", componentSlugs: ["critical-service"] } }),
        none,
      ),
      422,
    );
    expect(Object.keys(bad.errors)).toEqual(["severity"]);

    const slugs = await problem(
      await declareRoute(
        request(BASE, secret, {
          body: {
            title: "Disk full",
            severity: "SEV1",
            componentSlugs: ["no-such-thing"],
            commanderEmail: "nobody@example.com",
          },
        }),
        none,
      ),
      422,
    );
    expect(Object.keys(slugs.errors).sort()).toEqual(["commanderEmail", "componentSlugs"]);
    expect(slugs.errors.componentSlugs[0]).toContain("no-such-thing");

    const empty = await problem(await declareRoute(request(BASE, secret, { body: {} }), none), 422);
    expect(Object.keys(empty.errors).sort()).toEqual(["componentIds", "severity", "title"]);

    const notObject = await problem(await declareRoute(request(BASE, secret, { body: ["x"] }), none), 422);
    expect(notObject.errors).toHaveProperty("_body");

    const form = await problem(
      await declareRoute(
        request(BASE, secret, {
          body: declareBody("As a form"),
          headers: { "content-type": "application/x-www-form-urlencoded" },
        }),
        none,
      ),
      422,
    );
    expect(form.errors).toHaveProperty("_body");
  });

  it("answers 401 for a garbage, unknown, revoked or expired token, or another scheme", async () => {
    const { admin, token, secret } = await tokenWith(["incidents:write"]);
    const title = `Unauthorized ${token.prefix}`;
    for (const header of [
      "Bearer garbage",
      `Bearer brg_${token.prefix}_${"x".repeat(43)}`,
      `Basic ${Buffer.from("a:b").toString("base64")}`,
      "Bearer",
    ]) {
      const response = await declareRoute(
        request(BASE, null, { body: declareBody(title), headers: { authorization: header } }),
        none,
      );
      const body = await problem(response, 401);
      expect(body.title).toBe("UNAUTHENTICATED");
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
    }
    await revokeToken(ctxOf(admin), { id: token.id });
    await problem(await declareRoute(request(BASE, secret, { body: declareBody(title) }), none), 401);

    const expiring = await tokenWith(["incidents:write"]);
    await db.apiToken.update({ where: { id: expiring.token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await problem(await declareRoute(request(BASE, expiring.secret, { body: declareBody(title) }), none), 401);
    expect(await db.incident.count({ where: { title } })).toBe(0);
  });
});

describe("GET /api/v1/incidents and /{number}", () => {
  it("lists and reads with an incidents:read token; unknown numbers are 404", async () => {
    const writer = await tokenWith(["incidents:write"]);
    const incident = await declared(writer.secret);
    const { secret } = await tokenWith(["incidents:read"]);

    const list = await listRoute(
      request(`${BASE}?severity=SEV2&q=${encodeURIComponent(incident.title)}`, secret),
      none,
    );
    expect(list.status).toBe(200);
    const page = await list.json();
    expect(page.items.map((i: { number: number }) => i.number)).toEqual([incident.number]);
    expect(page.items[0]).toMatchObject({ title: incident.title, url: incident.url });
    expect(page).toHaveProperty("nextCursor", null);

    const bySlug = await (
      await listRoute(
        request(
          `${BASE}?componentSlug=documentation-generation&take=100&q=${encodeURIComponent(incident.title)}`,
          secret,
        ),
        none,
      )
    ).json();
    expect(bySlug.items).toHaveLength(1);
    expect(await invalidFields(await listRoute(request(`${BASE}?severity=SEV7`, secret), none))).toEqual(["severity"]);
    expect(await invalidFields(await listRoute(request(`${BASE}?componentSlug=nope`, secret), none))).toEqual([
      "componentSlug",
    ]);

    const one = await getRoute(request(`${BASE}/${incident.number}`, secret), at(incident.number));
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ id: incident.id, number: incident.number, title: incident.title });

    await problem(await getRoute(request(`${BASE}/99999999`, secret), at(99999999)), 404);
    await problem(await getRoute(request(`${BASE}/abc`, secret), at("abc")), 404);
  });

  it("refuses a token without a read scope", async () => {
    const { secret } = await tokenWith(["sli:write"]);
    await problem(await listRoute(request(BASE, secret), none), 403);
  });
});

describe("commands on /api/v1/incidents/{number}", () => {
  it("acknowledges, changes status and adds notes with an incidents:write token", async () => {
    const { secret, token } = await tokenWith(["incidents:write"]);
    const incident = await declared(secret);
    const url = `${BASE}/${incident.number}`;

    const acked = await acknowledgeRoute(
      request(`${url}/acknowledge`, secret, { method: "POST", headers: { "content-type": "application/json" } }),
      at(incident.number),
    );
    expect(acked.status).toBe(200);
    expect((await acked.json()).acknowledgedAt).not.toBeNull();
    expect(
      (
        await problem(
          await acknowledgeRoute(request(`${url}/acknowledge`, secret, { body: {} }), at(incident.number)),
          409,
        )
      ).title,
    ).toBe("CONFLICT");

    const moved = await statusRoute(
      request(`${url}/status`, secret, { body: { status: "IDENTIFIED", note: "Bad deploy" } }),
      at(incident.number),
    );
    expect(moved.status).toBe(200);
    expect((await moved.json()).status).toBe("IDENTIFIED");
    expect(
      await invalidFields(
        await statusRoute(request(`${url}/status`, secret, { body: { status: "FIXED" } }), at(incident.number)),
      ),
    ).toEqual(["status"]);

    const note = await notesRoute(
      request(`${url}/notes`, secret, { body: { message: "Rolling back" } }),
      at(incident.number),
    );
    expect(note.status).toBe(201);
    expect(
      await invalidFields(
        await notesRoute(request(`${url}/notes`, secret, { body: { message: "  " } }), at(incident.number)),
      ),
    ).toEqual(["message"]);

    const events = await db.incidentEvent.findMany({
      where: { incidentId: incident.id },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(["ACKNOWLEDGED", "STATUS_CHANGED", "NOTE"]));
    expect(events.filter((e) => e.kind === "NOTE").map((e) => [e.message, e.actorLabel])).toEqual([
      ["Rolling back", `token ${token.name}`],
    ]);
    const actions = (await db.auditLog.findMany({ where: { entityId: incident.id } })).map((a) => [
      a.action,
      a.actorLabel,
    ]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ["incident.acknowledge", `token ${token.name}`],
        ["incident.status", `token ${token.name}`],
        ["incident.note", `token ${token.name}`],
      ]),
    );
  });

  it("answers 403 to a read-only token and 404 for an unknown incident", async () => {
    const writer = await tokenWith(["incidents:write"]);
    const incident = await declared(writer.secret);
    const reader = await tokenWith(["incidents:read"]);
    await problem(
      await notesRoute(
        request(`${BASE}/${incident.number}/notes`, reader.secret, { body: { message: "hi" } }),
        at(incident.number),
      ),
      403,
    );
    await problem(
      await statusRoute(
        request(`${BASE}/${incident.number}/status`, reader.secret, { body: { status: "RESOLVED" } }),
        at(incident.number),
      ),
      403,
    );
    await problem(
      await acknowledgeRoute(
        request(`${BASE}/${incident.number}/acknowledge`, reader.secret, { body: {} }),
        at(incident.number),
      ),
      403,
    );
    await problem(
      await notesRoute(request(`${BASE}/99999999/notes`, writer.secret, { body: { message: "hi" } }), at(99999999)),
      404,
    );
    expect(await db.incidentEvent.count({ where: { incidentId: incident.id, kind: "NOTE" } })).toBe(0);
  });
});

describe("readIncident", () => {
  it("shows the timeline and the commander's e-mail to a responder, but not to a token", async () => {
    const { secret } = await tokenWith(["incidents:write"]);
    const commander = await createTestUser("COMMANDER");
    const response = await declareRoute(
      request(BASE, secret, { body: { ...declareBody("Timeline visibility"), commanderEmail: commander.email } }),
      none,
    );
    const { number } = (await response.json()) as { number: number };

    const responder = ctxOf(await createTestUser("RESPONDER"));
    const forPerson = await readIncident(responder, number);
    expect(forPerson.commander).toEqual({ name: commander.name, email: commander.email });
    expect(forPerson.timeline?.map((e) => e.kind)).toContain("DECLARED");

    const token = await authenticateToken(secret);
    const forToken = await readIncident(token, number);
    expect(forToken.commander).toEqual({ name: commander.name });
    expect(forToken.timeline).toBeUndefined();
  });
});
