// Status updates and the status page's components through their real route handlers.
import { describe, expect, it } from "vitest";
import { PUT as overrideRoute } from "@/app/api/v1/components/[slug]/override/route";
import { GET as componentsRoute } from "@/app/api/v1/components/route";
import { PUT as stateRoute } from "@/app/api/v1/incidents/[number]/components/[slug]/state/route";
import { GET as updatesRoute, POST as postUpdateRoute } from "@/app/api/v1/incidents/[number]/status-updates/route";
import { POST as declareRoute } from "@/app/api/v1/incidents/route";
import { db } from "@/lib/server/db";
import { invalidateStatusCache } from "@/lib/server/status-page/view";
import { at, invalidFields, none, problem, request, tokenOfRole, tokenWith } from "./test-fixtures";

const ROOT = "http://localhost:3000/api/v1";
const SLUG = "documentation-generation";
const slugAt = (number: number, slug: string) => ({ params: Promise.resolve({ number: String(number), slug }) });
const update = {
  status: "IDENTIFIED",
  message: "A bad deploy slowed documentation builds.",
  public: true,
  nextUpdate: "30",
};

async function declared(secret: string) {
  const body = { title: `Status ${Math.random().toString(36).slice(2, 8)}`, severity: "SEV2", componentSlugs: [SLUG] };
  const response = await declareRoute(request(`${ROOT}/incidents`, secret, { body }), none);
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; number: number };
}

const put = (url: string, secret: string, body: unknown) => request(url, secret, { method: "PUT", body });

describe("/api/v1/incidents/{number}/status-updates", () => {
  it("posts a public update with status:write, audited as the token, and lists it newest first", async () => {
    const { secret, token } = await tokenWith(["status:write", "incidents:write"]);
    const incident = await declared(secret);
    const url = `${ROOT}/incidents/${incident.number}/status-updates`;
    const response = await postUpdateRoute(request(url, secret, { body: update }), at(incident.number));
    expect(response.status).toBe(201);
    const posted = await response.json();
    expect(posted).toMatchObject({ incidentId: incident.id, repeated: false, deliveries: 0 });
    expect(posted.publishedAt).not.toBeNull();
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("IDENTIFIED");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "status-update.publish", entityId: posted.id },
    });
    expect(audit.actorLabel).toBe(`token ${token.name}`);

    // The same key again sends nothing more: 200 with the earlier update.
    const again = await postUpdateRoute(
      request(url, secret, { body: { ...update, key: posted.id } }),
      at(incident.number),
    );
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: posted.id, repeated: true });

    const reader = await tokenWith(["incidents:read"]);
    const list = await updatesRoute(request(url, reader.secret), at(incident.number));
    expect(list.status).toBe(200);
    const { items } = await list.json();
    expect(items.map((u: { id: string; status: string }) => [u.id, u.status])).toEqual([[posted.id, "IDENTIFIED"]]);
    expect(items[0].audiences).toEqual([{ label: "Status page", counts: null }]);
  });

  it("names bad fields, refuses without the scope or the role, 404 for no incident", async () => {
    const { secret } = await tokenWith(["status:write", "incidents:write"]);
    const incident = await declared(secret);
    const url = `${ROOT}/incidents/${incident.number}/status-updates`;
    const send = (s: string, body: unknown, number = incident.number) =>
      postUpdateRoute(request(url.replace(String(incident.number), String(number)), s, { body }), at(number));
    expect(await invalidFields(await send(secret, { ...update, status: "FIXED" }))).toEqual(["status"]);
    // Rules across fields come from the service: no audience at all.
    expect(await invalidFields(await send(secret, { ...update, public: false }))).toEqual(["audiences"]);
    expect(await invalidFields(await send(secret, { ...update, componentStates: { nope: "MAJOR_OUTAGE" } }))).toEqual([
      "componentStates.nope",
    ]);
    await problem(await send(secret, update, 99999999), 404);

    const writer = await tokenWith(["incidents:write"]);
    expect((await problem(await send(writer.secret, update), 403)).detail).toContain("status:write");
    const responder = await tokenOfRole("RESPONDER", ["status:write"]);
    await problem(await send(responder.secret, update), 403);
    const stakeholder = await tokenOfRole("STAKEHOLDER", ["incidents:read"]);
    await problem(await updatesRoute(request(url, stakeholder.secret), at(incident.number)), 403);
    await problem(await updatesRoute(request(`${ROOT}/incidents/99999999/status-updates`, secret), at(99999999)), 404);
    expect(await db.statusUpdate.count({ where: { incidentId: incident.id } })).toBe(0);
  });
});

describe("PUT /api/v1/incidents/{number}/components/{slug}/state", () => {
  it("sets and clears how a component shows for the incident, audited as the token", async () => {
    const { secret, token } = await tokenWith(["status:write", "incidents:write"]);
    const incident = await declared(secret);
    const url = `${ROOT}/incidents/${incident.number}/components/${SLUG}/state`;
    const response = await stateRoute(put(url, secret, { state: "MAJOR_OUTAGE" }), slugAt(incident.number, SLUG));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ slug: SLUG, publicState: "MAJOR_OUTAGE" });
    const cleared = await stateRoute(put(url, secret, { state: null }), slugAt(incident.number, SLUG));
    expect((await cleared.json()).publicState).toBeNull();
    const audits = await db.auditLog.findMany({ where: { action: "incident.component-state", entityId: incident.id } });
    expect(audits.map((a) => a.actorLabel)).toEqual([`token ${token.name}`, `token ${token.name}`]);
  });

  it("answers 422 naming state, 404 for a component not in the incident, 403 without scope or role", async () => {
    const { secret } = await tokenWith(["status:write", "incidents:write"]);
    const incident = await declared(secret);
    const url = (slug: string) => `${ROOT}/incidents/${incident.number}/components/${slug}/state`;
    const send = (s: string, body: unknown, slug = SLUG) =>
      stateRoute(put(url(slug), s, body), slugAt(incident.number, slug));
    expect(await invalidFields(await send(secret, { state: "ON_FIRE" }))).toEqual(["state"]);
    expect(await invalidFields(await send(secret, {}))).toEqual(["state"]);
    await problem(await send(secret, { state: "MAJOR_OUTAGE" }, "ci-cd-pipeline"), 404);
    await problem(await send(secret, { state: "MAJOR_OUTAGE" }, "no-such-component"), 404);
    await problem(await send((await tokenWith(["incidents:read"])).secret, { state: "MAJOR_OUTAGE" }), 403);
    await problem(
      await send((await tokenOfRole("RESPONDER", ["status:write"])).secret, { state: "MAJOR_OUTAGE" }),
      403,
    );
    const row = await db.incidentComponent.findFirstOrThrow({ where: { incidentId: incident.id } });
    expect(row.publicState).toBeNull();
  });
});

describe("/api/v1/components", () => {
  it("lists components with the state the page shows, and follows an override", async () => {
    const { secret, token } = await tokenWith(["status:write"]);
    const list = async () => {
      const response = await componentsRoute(request(`${ROOT}/components`, secret), none);
      expect(response.status).toBe(200);
      return (
        (await response.json()) as { items: { slug: string; state: string | null; stateOverride: string | null }[] }
      ).items;
    };
    const before = (await list()).find((c) => c.slug === "ci-cd-pipeline")!;
    expect(before).toMatchObject({ stateOverride: null });

    const url = `${ROOT}/components/ci-cd-pipeline/override`;
    const ctx = { params: Promise.resolve({ slug: "ci-cd-pipeline" }) };
    const response = await overrideRoute(put(url, secret, { state: "UNDER_MAINTENANCE" }), ctx);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ stateOverride: "UNDER_MAINTENANCE" });
    invalidateStatusCache();
    expect((await list()).find((c) => c.slug === "ci-cd-pipeline")).toMatchObject({
      stateOverride: "UNDER_MAINTENANCE",
      state: "UNDER_MAINTENANCE",
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "statuspage.component.override" } });
    expect(audit.actorLabel).toBe(`token ${token.name}`);
    await overrideRoute(put(url, secret, { state: null }), { params: Promise.resolve({ slug: "ci-cd-pipeline" }) });
  });

  it("refuses without a scope or role, names state, and answers 404 for an unknown slug", async () => {
    await problem(
      await componentsRoute(request(`${ROOT}/components`, (await tokenWith(["sli:write"])).secret), none),
      403,
    );
    const { secret } = await tokenWith(["status:write"]);
    const at = (slug: string) => ({ params: Promise.resolve({ slug }) });
    const url = `${ROOT}/components/ci-cd-pipeline/override`;
    expect(
      await invalidFields(await overrideRoute(put(url, secret, { state: "BROKEN" }), at("ci-cd-pipeline"))),
    ).toEqual(["state"]);
    await problem(
      await overrideRoute(put(`${ROOT}/components/nope/override`, secret, { state: null }), at("nope")),
      404,
    );
    await problem(
      await overrideRoute(
        put(url, (await tokenWith(["incidents:read"])).secret, { state: null }),
        at("ci-cd-pipeline"),
      ),
      403,
    );
    const responder = await tokenOfRole("RESPONDER", ["status:write"]);
    await problem(
      await overrideRoute(put(url, responder.secret, { state: "MAJOR_OUTAGE" }), at("ci-cd-pipeline")),
      403,
    );
    expect((await db.component.findUniqueOrThrow({ where: { slug: "ci-cd-pipeline" } })).stateOverride).toBeNull();
  });
});
