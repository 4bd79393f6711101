// Severity, handover and the timeline through their real route handlers: what a token may do
// within its scopes and its creator's role, and the answers a client relies on.
import { describe, expect, it } from "vitest";
import { POST as handoverRoute } from "@/app/api/v1/incidents/[number]/handover/route";
import { POST as severityRoute } from "@/app/api/v1/incidents/[number]/severity/route";
import { GET as timelineRoute } from "@/app/api/v1/incidents/[number]/timeline/route";
import { POST as declareRoute } from "@/app/api/v1/incidents/route";
import { db } from "@/lib/server/db";
import { createTestUser } from "@/scripts/test/fixtures";
import { at, invalidFields, none, problem, request, tokenOfRole, tokenWith } from "./test-fixtures";

const BASE = "http://localhost:3000/api/v1/incidents";

async function declared(secret: string) {
  const response = await declareRoute(
    request(BASE, secret, {
      body: {
        title: `Commands ${Math.random().toString(36).slice(2, 8)}`,
        severity: "SEV2",
        componentSlugs: ["ci-cd-pipeline"],
      },
    }),
    none,
  );
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; number: number };
}

const post = (route: typeof severityRoute, number: number, tail: string, secret: string, body: unknown) =>
  route(request(`${BASE}/${number}/${tail}`, secret, { body }), at(number));

describe("POST /api/v1/incidents/{number}/severity", () => {
  it("changes severity as the token, audited, then refuses the same severity with 409", async () => {
    const { secret, token } = await tokenWith(["incidents:write"]);
    const incident = await declared(secret);
    const response = await post(severityRoute, incident.number, "severity", secret, { severity: "SEV1" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ number: incident.number, severity: "SEV1" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "incident.severity", entityId: incident.id } });
    expect(audit).toMatchObject({ actorLabel: `token ${token.name}`, actorId: null });

    const again = await problem(
      await post(severityRoute, incident.number, "severity", secret, { severity: "SEV1" }),
      409,
    );
    expect(again.errors).toHaveProperty("severity");
  });

  it("answers 422 naming severity, 404 for no incident, 403 without the scope or the role", async () => {
    const writer = await tokenWith(["incidents:write"]);
    const incident = await declared(writer.secret);
    expect(
      await invalidFields(await post(severityRoute, incident.number, "severity", writer.secret, { severity: "SEV9" })),
    ).toEqual(["severity"]);
    await problem(await post(severityRoute, 99999999, "severity", writer.secret, { severity: "SEV1" }), 404);

    const reader = await tokenWith(["incidents:read"]);
    expect(
      (await problem(await post(severityRoute, incident.number, "severity", reader.secret, { severity: "SEV3" }), 403))
        .detail,
    ).toContain("incidents:write");
    // A responder may work an incident but not command it, whatever the token's scopes.
    const responder = await tokenOfRole("RESPONDER", ["incidents:write"]);
    await problem(await post(severityRoute, incident.number, "severity", responder.secret, { severity: "SEV3" }), 403);
    await problem(await post(severityRoute, 99999999, "severity", responder.secret, { severity: "SEV3" }), 403);
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).severity).toBe("SEV2");
  });
});

describe("POST /api/v1/incidents/{number}/handover", () => {
  it("hands command by e-mail or id, audited as the token; the current commander again is 409", async () => {
    const { secret, token } = await tokenWith(["incidents:write"]);
    const incident = await declared(secret);
    const [first, second] = [await createTestUser("COMMANDER"), await createTestUser("RESPONDER")];

    const byEmail = await post(handoverRoute, incident.number, "handover", secret, {
      commanderEmail: first.email.toUpperCase(),
    });
    expect(byEmail.status).toBe(200);
    expect((await byEmail.json()).commander).toEqual({ name: first.name, email: first.email });
    const byId = await post(handoverRoute, incident.number, "handover", secret, { commanderId: second.id });
    expect((await byId.json()).commander).toMatchObject({ name: second.name });

    const audits = await db.auditLog.findMany({ where: { action: "incident.handover", entityId: incident.id } });
    expect(audits.map((a) => a.actorLabel)).toEqual([`token ${token.name}`, `token ${token.name}`]);
    await problem(await post(handoverRoute, incident.number, "handover", secret, { commanderId: second.id }), 409);
  });

  it("names the field: none given, an unknown e-mail, a stakeholder; 403 for a responder; 404", async () => {
    const { secret } = await tokenWith(["incidents:write"]);
    const incident = await declared(secret);
    expect(await invalidFields(await post(handoverRoute, incident.number, "handover", secret, {}))).toEqual([
      "commanderId",
    ]);
    expect(
      await invalidFields(
        await post(handoverRoute, incident.number, "handover", secret, { commanderEmail: "not-mail" }),
      ),
    ).toEqual(["commanderEmail"]);
    const unknown = await problem(
      await post(handoverRoute, incident.number, "handover", secret, { commanderEmail: "nobody@example.com" }),
      422,
    );
    expect(unknown.errors.commanderEmail).toEqual(["No active user with this e-mail"]);
    const stakeholder = await createTestUser("STAKEHOLDER");
    expect(
      await invalidFields(
        await post(handoverRoute, incident.number, "handover", secret, { commanderId: stakeholder.id }),
      ),
    ).toEqual(["commanderId"]);
    await problem(await post(handoverRoute, 99999999, "handover", secret, { commanderId: stakeholder.id }), 404);

    const responder = await tokenOfRole("RESPONDER", ["incidents:write"]);
    const target = await createTestUser("COMMANDER");
    await problem(
      await post(handoverRoute, incident.number, "handover", responder.secret, { commanderId: target.id }),
      403,
    );
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).commanderId).toBeNull();
  });
});

describe("GET /api/v1/incidents/{number}/timeline", () => {
  it("pages the timeline oldest first with an incidents:read token, without repeats", async () => {
    const writer = await tokenWith(["incidents:write"]);
    const incident = await declared(writer.secret);
    // Three events at the same instant as the first: the cursor must still order and page them.
    const first = await db.incidentEvent.findFirstOrThrow({ where: { incidentId: incident.id } });
    for (const message of ["one", "two", "three"])
      await db.incidentEvent.create({
        data: { incidentId: incident.id, kind: "NOTE", message, actorLabel: "test", occurredAt: first.occurredAt },
      });
    const all = await db.incidentEvent.findMany({
      where: { incidentId: incident.id },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    });

    const { secret } = await tokenWith(["incidents:read"]);
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const response = await timelineRoute(
        request(`${BASE}/${incident.number}/timeline?take=2&cursor=${cursor}`, secret),
        at(incident.number),
      );
      expect(response.status).toBe(200);
      const page = (await response.json()) as {
        items: { message: string; actor: string }[];
        nextCursor: string | null;
      };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => e.message));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.map((e) => e.message));
  });

  it("answers 422 on a bad cursor or take, 404 for no incident, 403 without the scope or the role", async () => {
    const writer = await tokenWith(["incidents:write"]);
    const incident = await declared(writer.secret);
    const url = `${BASE}/${incident.number}/timeline`;
    expect(
      await invalidFields(await timelineRoute(request(`${url}?cursor=x`, writer.secret), at(incident.number))),
    ).toEqual(["cursor"]);
    expect(
      await invalidFields(await timelineRoute(request(`${url}?take=0`, writer.secret), at(incident.number))),
    ).toEqual(["take"]);
    await problem(await timelineRoute(request(`${BASE}/99999999/timeline`, writer.secret), at(99999999)), 404);
    await problem(await timelineRoute(request(url, (await tokenWith(["sli:write"])).secret), at(incident.number)), 403);
    // The timeline is internal: a stakeholder's token reads incidents but not their timelines.
    const stakeholder = await tokenOfRole("STAKEHOLDER", ["incidents:read"]);
    await problem(await timelineRoute(request(url, stakeholder.secret), at(incident.number)), 403);
  });
});
