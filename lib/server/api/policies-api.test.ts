// Escalation policies through their real route handlers: an admin's config:read token reads them,
// its config:write token replaces one as the console's save does; anyone else is refused.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as getRoute, PUT as putRoute } from "@/app/api/v1/escalation-policies/[id]/route";
import { GET as listRoute } from "@/app/api/v1/escalation-policies/route";
import { db } from "@/lib/server/db";
import { createPolicy } from "@/lib/server/policies/create";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";
import { invalidFields, none, problem, request, tokenWith, withParams } from "./test-fixtures";

const BASE = "http://localhost:3000/api/v1/escalation-policies";

type Policy = {
  id: string;
  name: string;
  version: number;
  isDefault: boolean;
  levels: { id: string; name: string; escalateAfterMinutes: number; targets: object[] }[];
};

const emailLevel = (name: string, minutes: number) => ({
  name,
  roleLabel: "",
  escalateAfterMinutes: minutes,
  targets: [{ kind: "EMAIL", email: `${name.toLowerCase()}@example.com` }],
});

async function policy() {
  const admin = await createTestUser("ADMIN");
  return createPolicy(ctxOf(admin), {
    name: `API policy ${randomUUID().slice(0, 8)}`,
    description: "For API tests",
    repeatCount: 1,
    levels: [emailLevel("First", 10), emailLevel("Second", 20)],
  });
}

const at = (id: string) => withParams({ id });
const put = (id: string, secret: string, body: unknown) =>
  putRoute(request(`${BASE}/${id}`, secret, { method: "PUT", body }), at(id));

/** What GET answered, as a PUT body: levels keep their ids, targets their kind and address. */
const asBody = (p: Policy) => ({
  name: p.name,
  description: "",
  repeatCount: 1,
  isDefault: p.isDefault,
  levels: p.levels,
});

describe("GET /api/v1/escalation-policies and /{id}", () => {
  it("lists the default policy first and reads one, with levels and targets, to an admin's config:read token", async () => {
    const mine = await policy();
    const { secret } = await tokenWith(["config:read"]);
    const response = await listRoute(request(`${BASE}?take=100`, secret), none);
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: Policy[] };
    expect(items[0]).toMatchObject({ name: "Default (plan)", isDefault: true });
    expect(items.map((p) => p.id)).toContain(mine.id);

    const one = await getRoute(request(`${BASE}/${mine.id}`, secret), at(mine.id));
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({
      id: mine.id,
      name: mine.name,
      version: 1,
      levels: [
        { name: "First", escalateAfterMinutes: 10, targets: [{ kind: "EMAIL", email: "first@example.com" }] },
        { name: "Second", escalateAfterMinutes: 20 },
      ],
    });
    await problem(await getRoute(request(`${BASE}/nope`, secret), at("nope")), 404);
    await problem(await getRoute(request(`${BASE}/%00`, secret), at("\u0000")), 404);
  });

  it("refuses a token without config:read, and one whose creator is not an admin", async () => {
    const mine = await policy();
    const other = await tokenWith(["dr:read"]);
    await problem(await listRoute(request(BASE, other.secret), none), 403);
    const commander = await tokenWith(["config:read"], { role: "COMMANDER" });
    await problem(await listRoute(request(BASE, commander.secret), none), 403);
    await problem(await getRoute(request(`${BASE}/${mine.id}`, commander.secret), at(mine.id)), 403);
  });
});

describe("PUT /api/v1/escalation-policies/{id}", () => {
  it("replaces the levels as the next version, audited as the token", async () => {
    const mine = await policy();
    const { secret, token } = await tokenWith(["config:write"]);
    const current = (await (await getRoute(request(`${BASE}/${mine.id}`, secret), at(mine.id))).json()) as Policy;
    const [first, second] = current.levels;
    const response = await put(mine.id, secret, {
      ...asBody(current),
      name: `${current.name} renamed`,
      levels: [{ ...second, escalateAfterMinutes: 5 }, emailLevel("Third", 30), first],
    });
    expect(response.status).toBe(200);
    const saved = (await response.json()) as Policy;
    expect(saved).toMatchObject({ name: `${current.name} renamed`, version: 2 });
    expect(saved.levels.map((l) => [l.name, l.escalateAfterMinutes])).toEqual([
      ["Second", 5],
      ["Third", 30],
      ["First", 10],
    ]);
    expect(saved.levels[0].id).toBe(second.id);

    const dropped = (await (
      await put(mine.id, secret, { ...asBody(saved), levels: [saved.levels[0]] })
    ).json()) as Policy;
    expect(dropped.levels.map((l) => l.id)).toEqual([second.id]);
    expect(await db.escalationLevel.count({ where: { policyId: mine.id } })).toBe(1);

    const audits = await db.auditLog.findMany({ where: { action: "policy.save", entityId: mine.id } });
    expect(audits.map((a) => [a.actorLabel, a.actorId])).toEqual([
      [`token ${token.name}`, null],
      [`token ${token.name}`, null],
    ]);
  });

  it("refuses config:read, and config:write of a creator who is not an admin; changes nothing", async () => {
    const mine = await policy();
    const body = { name: mine.name, repeatCount: 1, levels: [emailLevel("Only", 5)] };
    const reader = await tokenWith(["config:read"]);
    await problem(await put(mine.id, reader.secret, body), 403);
    for (const role of ["COMMANDER", "RESPONDER"] as const) {
      const { secret } = await tokenWith(["config:write"], { role });
      await problem(await put(mine.id, secret, body), 403);
    }
    expect(await db.escalationPolicy.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ version: 1 });
  });

  it("names bad fields (422), refuses a taken name and dropping the default (409), and 404s an unknown policy", async () => {
    const mine = await policy();
    const { secret } = await tokenWith(["config:write"]);
    const current = (await (await getRoute(request(`${BASE}/${mine.id}`, secret), at(mine.id))).json()) as Policy;
    expect(await invalidFields(await put(mine.id, secret, { ...asBody(current), levels: [] }))).toEqual(["levels"]);
    expect(
      await invalidFields(
        await put(mine.id, secret, {
          ...asBody(current),
          name: "",
          levels: [{ ...current.levels[0], escalateAfterMinutes: 0 }],
        }),
      ),
    ).toEqual(["levels.0.escalateAfterMinutes", "name"]);

    const taken = await problem(await put(mine.id, secret, { ...asBody(current), name: "Default (plan)" }), 409);
    expect(Object.keys(taken.errors)).toEqual(["name"]);
    const fallback = await db.escalationPolicy.findFirstOrThrow({ where: { isDefault: true } });
    const defaults = (await (
      await getRoute(request(`${BASE}/${fallback.id}`, secret), at(fallback.id))
    ).json()) as Policy;
    const notDefault = await problem(await put(fallback.id, secret, { ...asBody(defaults), isDefault: false }), 409);
    expect(Object.keys(notDefault.errors)).toEqual(["isDefault"]);

    await problem(await put("nope", secret, asBody(current)), 404);
  });
});
