// createGroup / updateGroup / deleteGroup: admins only, keys unique with a field error, and a
// group still named by a rule (or owed by an incident) cannot be deleted.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { addMember } from "./add-member";
import { addRule } from "./add-rule";
import { createGroup } from "./create-group";
import { deleteGroup } from "./delete-group";
import { removeRule } from "./remove-rule";
import { auditOf, createTestGroup, dropTestGroups, uniqueKey } from "./test-fixtures";
import { updateGroup } from "./update-group";

afterEach(dropTestGroups);

const ROLES = ["COMMANDER", "RESPONDER", "STAKEHOLDER"] as const;

describe("createGroup", () => {
  it("creates the group with an audit row; a second group with the key is a field error", async () => {
    const admin = await createTestUser("ADMIN");
    const key = uniqueKey("create");
    const group = await createGroup(ctxOf(admin), { key, name: " On-call leads ", description: "Leads of the rota" });
    expect(group).toMatchObject({ key, name: "On-call leads", description: "Leads of the rota" });
    const [row] = await auditOf(group.id);
    expect(row).toMatchObject({ action: "matrix.group.create", actorId: admin.id });
    expect(row.after).toMatchObject({ key, name: "On-call leads" });

    const error = await rejection(() => createGroup(ctxOf(admin), { key, name: "Again" }));
    expect(error).toMatchObject({ code: "CONFLICT", fieldErrors: { key: ["Already in use"] } });
    expect(await db.stakeholderGroup.count({ where: { key } })).toBe(1);
  });

  it("names a malformed key", async () => {
    const admin = await createTestUser("ADMIN");
    const error = await rejection(() => createGroup(ctxOf(admin), { key: "Bad Key", name: "X" }));
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["key"]);
  });

  it.each(ROLES)("refuses a %s with FORBIDDEN and writes nothing", async (role) => {
    const actor = await createTestUser(role);
    const key = uniqueKey("denied");
    expect((await rejection(() => createGroup(ctxOf(actor), { key, name: "Nope" }))).code).toBe("FORBIDDEN");
    expect(await db.stakeholderGroup.count({ where: { key } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: actor.id } })).toBe(0);
  });
});

describe("updateGroup", () => {
  it("renames and records before and after", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await createTestGroup();
    const renamed = await updateGroup(ctxOf(admin), { id: group.id, name: "Executives", description: "C-level" });
    expect(renamed).toMatchObject({ key: group.key, name: "Executives", description: "C-level" });
    const [row] = await auditOf(group.id);
    expect(row.before).toMatchObject({ name: group.name });
    expect(row.after).toMatchObject({ name: "Executives" });
  });

  it.each(ROLES)("refuses a %s with FORBIDDEN", async (role) => {
    const actor = await createTestUser(role);
    const group = await createTestGroup();
    expect((await rejection(() => updateGroup(ctxOf(actor), { id: group.id, name: "Hijacked" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await db.stakeholderGroup.findUniqueOrThrow({ where: { id: group.id } })).name).toBe(group.name);
  });
});

describe("deleteGroup", () => {
  it("refuses while a rule uses the group, saying which, then deletes it and its members", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await createTestGroup();
    const rule = await addRule(ctxOf(admin), { severity: "SEV2", withinMinutes: 60, groupId: group.id });
    await addMember(ctxOf(admin), { groupId: group.id, kind: "EMAIL", email: "lead@example.com" });

    const error = await rejection(() => deleteGroup(ctxOf(admin), { id: group.id }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      `${group.name} is used by 1 matrix rule(s) (SEV2 within 1 h). Remove those rules first.`,
    );
    expect(await db.stakeholderGroup.findUnique({ where: { id: group.id } })).not.toBeNull();

    await removeRule(ctxOf(admin), { id: rule.id });
    await deleteGroup(ctxOf(admin), { id: group.id });
    expect(await db.stakeholderGroup.findUnique({ where: { id: group.id } })).toBeNull();
    expect(await db.stakeholderMember.count({ where: { groupId: group.id } })).toBe(0);
    const row = (await auditOf(group.id)).find((r) => r.action === "matrix.group.delete")!;
    expect(row.before).toMatchObject({
      key: group.key,
      members: [expect.objectContaining({ email: "lead@example.com" })],
    });
  });

  it("refuses a group that incidents were already obliged to notify", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await createTestGroup();
    const incident = await db.incident.create({
      data: { title: "Past", severity: "SEV3", startedAt: new Date(), detectedAt: new Date() },
    });
    await db.notificationObligation.create({ data: { incidentId: incident.id, groupId: group.id, dueAt: new Date() } });
    const error = await rejection(() => deleteGroup(ctxOf(admin), { id: group.id }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("kept for their history");
  });

  it.each(ROLES)("refuses a %s with FORBIDDEN", async (role) => {
    const actor = await createTestUser(role);
    const group = await createTestGroup();
    expect((await rejection(() => deleteGroup(ctxOf(actor), { id: group.id }))).code).toBe("FORBIDDEN");
    expect(await db.stakeholderGroup.findUnique({ where: { id: group.id } })).not.toBeNull();
  });
});
