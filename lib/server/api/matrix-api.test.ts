// The notification matrix through its real route handlers: groups with members and rules (never a
// webhook secret), and an admin's config:write token adding, changing and removing rules.
import { describe, expect, it } from "vitest";
import { DELETE as removeRoute, PATCH as patchRoute } from "@/app/api/v1/notification-matrix/rules/[id]/route";
import { POST as addRoute } from "@/app/api/v1/notification-matrix/rules/route";
import { GET as matrixRoute } from "@/app/api/v1/notification-matrix/route";
import { db } from "@/lib/server/db";
import { addMember } from "@/lib/server/matrix/add-member";
import { createTestGroup, templateId } from "@/lib/server/matrix/test-fixtures";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";
import { invalidFields, none, problem, request, tokenWith, withParams } from "./test-fixtures";

const BASE = "http://localhost:3000/api/v1/notification-matrix";
const HOOK = "https://hooks.example.com/services/T0/B0/private-path";

type Matrix = {
  groups: { id: string; members: { kind: string; webhookUrl: string | null }[] | null; rules: { id: string }[] }[];
};

const readMatrix = async (secret: string) => {
  const response = await matrixRoute(request(BASE, secret), none);
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, matrix: JSON.parse(text) as Matrix };
};

const add = (secret: string, body: unknown) => addRoute(request(`${BASE}/rules`, secret, { body }), none);
const patch = (id: string, secret: string, body: unknown) =>
  patchRoute(request(`${BASE}/rules/${id}`, secret, { method: "PATCH", body }), withParams({ id }));
const remove = (id: string, secret: string) =>
  removeRoute(request(`${BASE}/rules/${id}`, secret, { method: "DELETE" }), withParams({ id }));

describe("GET /api/v1/notification-matrix", () => {
  it("shows groups with members and rules; a webhook's secret never, its address whole only to an admin", async () => {
    const group = await createTestGroup("api");
    const admin = await createTestUser("ADMIN");
    const { secret: hookSecret } = await addMember(ctxOf(admin), {
      groupId: group.id,
      kind: "WEBHOOK",
      webhookUrl: HOOK,
    });
    expect(hookSecret).toBeTruthy();
    const { secret } = await tokenWith(["config:read"]);
    const { text, matrix } = await readMatrix(secret);
    expect(text).not.toContain(hookSecret!);
    expect(text).not.toContain("webhookSecret");
    const mine = matrix.groups.find((g) => g.id === group.id)!;
    expect(mine.members).toEqual([
      expect.objectContaining({ kind: "WEBHOOK", webhookUrl: HOOK, user: null, email: null }),
    ]);
    expect(matrix.groups.some((g) => g.rules.length > 0)).toBe(true);

    const commander = await tokenWith(["config:read"], { role: "COMMANDER" });
    const masked = (await readMatrix(commander.secret)).matrix.groups.find((g) => g.id === group.id)!;
    expect(masked.members?.[0].webhookUrl).toBe("https://hooks.example.com/…");
    const stakeholder = await tokenWith(["config:read"], { role: "STAKEHOLDER" });
    const hidden = await readMatrix(stakeholder.secret);
    expect(hidden.matrix.groups.find((g) => g.id === group.id)?.members).toBeNull();
    expect(hidden.text).not.toContain("hooks.example.com");

    const other = await tokenWith(["dr:read"]);
    await problem(await matrixRoute(request(BASE, other.secret), none), 403);
  });
});

describe("rules of /api/v1/notification-matrix", () => {
  it("adds, changes and removes a rule with an admin's config:write token, each audited as the token", async () => {
    const group = await createTestGroup("api");
    const template = await templateId();
    const { secret, token } = await tokenWith(["config:write"]);
    const added = await add(secret, { severity: "SEV2", withinMinutes: 30, groupId: group.id, templateId: template });
    expect(added.status).toBe(201);
    const rule = await added.json();
    expect(rule).toMatchObject({
      severity: "SEV2",
      withinMinutes: 30,
      autoSend: false,
      group: { id: group.id, key: group.key },
      template: { id: template, key: "initial_notification" },
    });

    const changed = await patch(rule.id, secret, { withinMinutes: 60, autoSend: true, templateId: null });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ id: rule.id, withinMinutes: 60, autoSend: true, template: null });
    const { matrix } = await readMatrix(secret);
    expect(matrix.groups.find((g) => g.id === group.id)?.rules).toEqual([
      { id: rule.id, severity: "SEV2", withinMinutes: 60, template: null, autoSend: true },
    ]);

    expect((await remove(rule.id, secret)).status).toBe(204);
    expect(await db.notificationRule.findUnique({ where: { id: rule.id } })).toBeNull();
    await problem(await remove(rule.id, secret), 404);
    const audits = await db.auditLog.findMany({ where: { entityId: rule.id }, orderBy: { at: "asc" } });
    expect(audits.map((a) => [a.action, a.actorLabel])).toEqual([
      ["matrix.rule.add", `token ${token.name}`],
      ["matrix.rule.update", `token ${token.name}`],
      ["matrix.rule.remove", `token ${token.name}`],
    ]);
  });

  it("refuses a second rule for the same severity, window and group (409) and a change onto one", async () => {
    const group = await createTestGroup("api");
    const { secret } = await tokenWith(["config:write"]);
    const first = await (await add(secret, { severity: "SEV1", withinMinutes: 0, groupId: group.id })).json();
    expect(
      Object.keys(
        (await problem(await add(secret, { severity: "SEV1", withinMinutes: 0, groupId: group.id }), 409)).errors,
      ),
    ).toEqual(["groupId"]);
    const second = await (await add(secret, { severity: "SEV1", withinMinutes: 15, groupId: group.id })).json();
    expect(Object.keys((await problem(await patch(second.id, secret, { withinMinutes: 0 }), 409)).errors)).toEqual([
      "withinMinutes",
    ]);
    expect(first.id).not.toBe(second.id);
  });

  it("names bad fields (422) and answers 404 for an unknown rule", async () => {
    const group = await createTestGroup("api");
    const { secret } = await tokenWith(["config:write"]);
    expect(await invalidFields(await add(secret, { severity: "SEV9", withinMinutes: -1, groupId: group.id }))).toEqual([
      "severity",
      "withinMinutes",
    ]);
    expect(await invalidFields(await add(secret, { severity: "SEV3", withinMinutes: 5, groupId: "nope" }))).toEqual([
      "groupId",
    ]);
    const rule = await (await add(secret, { severity: "SEV3", withinMinutes: 5, groupId: group.id })).json();
    expect(await invalidFields(await patch(rule.id, secret, {}))).toEqual(["_form"]);
    expect(await invalidFields(await patch(rule.id, secret, { templateId: "nope" }))).toEqual(["templateId"]);
    await problem(await patch("nope", secret, { withinMinutes: 5 }), 404);
  });

  it("refuses config:read, and config:write of a creator who is not an admin; changes nothing", async () => {
    const group = await createTestGroup("api");
    const admin = await tokenWith(["config:write"]);
    const added = await add(admin.secret, { severity: "SEV3", withinMinutes: 60, groupId: group.id });
    expect(added.status).toBe(201);
    const rule = await added.json();
    const reader = await tokenWith(["config:read"]);
    const commander = await tokenWith(["config:write"], { role: "COMMANDER" });
    for (const secret of [reader.secret, commander.secret]) {
      await problem(await add(secret, { severity: "SEV3", withinMinutes: 120, groupId: group.id }), 403);
      await problem(await patch(rule.id, secret, { withinMinutes: 120 }), 403);
      await problem(await remove(rule.id, secret), 403);
    }
    expect(await db.notificationRule.findMany({ where: { groupId: group.id } })).toEqual([
      expect.objectContaining({ id: rule.id, withinMinutes: 60 }),
    ]);
  });
});
