// addRule / updateRule / removeRule against the real database: admins only, a duplicate is a
// field error, every change leaves an audit row, and incidents keep what they were promised.
import { afterEach, describe, expect, it } from "vitest";
import { declareIncident } from "@/lib/server/incidents/declare";
import { db } from "@/lib/server/db";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { addRule } from "./add-rule";
import { removeRule } from "./remove-rule";
import { auditOf, createTestGroup, dropTestGroups, templateId } from "./test-fixtures";
import { isUniqueViolation } from "./unique-violation";
import { updateRule } from "./update-rule";

afterEach(dropTestGroups);

const ROLES = ["COMMANDER", "RESPONDER", "STAKEHOLDER"] as const;

describe("addRule", () => {
  it("as an admin adds the rule and an audit row naming the group and template", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await createTestGroup();
    const now = new Date("2026-03-04T05:06:07Z");
    const rule = await addRule(ctxOf(admin, now), {
      severity: "SEV2",
      withinMinutes: 45,
      groupId: group.id,
      templateId: await templateId(),
      autoSend: true,
    });
    expect(rule).toMatchObject({ severity: "SEV2", withinMinutes: 45, groupId: group.id, autoSend: true });
    const [row] = await auditOf(rule.id);
    expect(row).toMatchObject({
      action: "matrix.rule.add",
      entityType: "NotificationRule",
      actorId: admin.id,
      at: now,
      before: null,
    });
    expect(row.after).toMatchObject({
      severity: "SEV2",
      withinMinutes: 45,
      groupKey: group.key,
      templateKey: "initial_notification",
    });
  });

  it("refuses the same severity, deadline and group twice with a CONFLICT on groupId", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await createTestGroup();
    const input = { severity: "SEV1", withinMinutes: 15, groupId: group.id };
    await addRule(ctxOf(admin), input);
    const error = await rejection(() => addRule(ctxOf(admin), input));
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors).toEqual({ groupId: [`${group.name} is already told for SEV1 within 15 min`] });
    expect(await db.notificationRule.count({ where: { groupId: group.id } })).toBe(1);
    expect(
      await db.auditLog.count({
        where: { action: "matrix.rule.add", after: { path: ["groupKey"], equals: group.key } },
      }),
    ).toBe(1);
  });

  it("lets only one of two simultaneous identical adds through; the other gets the field error", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await createTestGroup();
    const input = { severity: "SEV2", withinMinutes: 30, groupId: group.id };
    const results = await Promise.allSettled([addRule(ctxOf(admin), input), addRule(ctxOf(admin), input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [failed] = results.filter((r) => r.status === "rejected");
    expect(failed.reason).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { groupId: [expect.stringContaining("already told for SEV2")] },
    });
    expect(await db.notificationRule.count({ where: { groupId: group.id } })).toBe(1);
  });

  it("recognises Postgres refusing a duplicate that got past the check", async () => {
    const group = await createTestGroup();
    const data = { severity: "SEV1" as const, withinMinutes: 5, groupId: group.id };
    await db.notificationRule.create({ data });
    const error = await db.notificationRule.create({ data }).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error("other"))).toBe(false);
  });

  it("names the field for a bad deadline, an unknown group or template", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await createTestGroup();
    const deadline = await rejection(() =>
      addRule(ctxOf(admin), { severity: "SEV3", withinMinutes: 20_000, groupId: group.id }),
    );
    expect(deadline).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { withinMinutes: ["Between 0 and 10080 minutes (one week)"] },
    });
    const unknownGroup = await rejection(() =>
      addRule(ctxOf(admin), { severity: "SEV3", withinMinutes: 5, groupId: "nope" }),
    );
    expect(unknownGroup).toMatchObject({ code: "VALIDATION", fieldErrors: { groupId: ["Choose one of the groups"] } });
    const unknownTemplate = await rejection(() =>
      addRule(ctxOf(admin), { severity: "SEV3", withinMinutes: 5, groupId: group.id, templateId: "nope" }),
    );
    expect(unknownTemplate).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { templateId: ["Choose one of the templates"] },
    });
    expect(await db.notificationRule.count({ where: { groupId: group.id } })).toBe(0);
  });

  it.each(ROLES)("refuses a %s with FORBIDDEN and writes nothing", async (role) => {
    const actor = await createTestUser(role);
    const group = await createTestGroup();
    const error = await rejection(() =>
      addRule(ctxOf(actor), { severity: "SEV1", withinMinutes: 0, groupId: group.id }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(await db.notificationRule.count({ where: { groupId: group.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: actor.id } })).toBe(0);
  });
});

describe("updateRule", () => {
  it("changes deadline, template and mode with before and after in the audit row", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await createTestGroup();
    const rule = await addRule(ctxOf(admin), {
      severity: "SEV2",
      withinMinutes: 60,
      groupId: group.id,
      templateId: await templateId(),
    });
    const resolution = await templateId("resolution_notification");
    const updated = await updateRule(ctxOf(admin), {
      id: rule.id,
      withinMinutes: 120,
      templateId: resolution,
      autoSend: true,
    });
    expect(updated).toMatchObject({ withinMinutes: 120, templateId: resolution, autoSend: true });
    const row = (await auditOf(rule.id)).find((r) => r.action === "matrix.rule.update")!;
    expect(row.before).toMatchObject({ withinMinutes: 60, autoSend: false, templateKey: "initial_notification" });
    expect(row.after).toMatchObject({ withinMinutes: 120, autoSend: true, templateKey: "resolution_notification" });
    expect((await updateRule(ctxOf(admin), { id: rule.id, templateId: null })).templateId).toBeNull();
  });

  it("refuses moving onto another rule's deadline with a CONFLICT on withinMinutes", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await createTestGroup();
    await addRule(ctxOf(admin), { severity: "SEV3", withinMinutes: 30, groupId: group.id });
    const other = await addRule(ctxOf(admin), { severity: "SEV3", withinMinutes: 60, groupId: group.id });
    const error = await rejection(() => updateRule(ctxOf(admin), { id: other.id, withinMinutes: 30 }));
    expect(error).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { withinMinutes: [`${group.name} is already told for SEV3 within 30 min`] },
    });
    expect((await db.notificationRule.findUniqueOrThrow({ where: { id: other.id } })).withinMinutes).toBe(60);
  });

  it.each(ROLES)("refuses a %s with FORBIDDEN and changes nothing", async (role) => {
    const admin = await createTestUser("ADMIN");
    const actor = await createTestUser(role);
    const group = await createTestGroup();
    const rule = await addRule(ctxOf(admin), { severity: "SEV2", withinMinutes: 60, groupId: group.id });
    expect((await rejection(() => updateRule(ctxOf(actor), { id: rule.id, autoSend: true }))).code).toBe("FORBIDDEN");
    expect((await db.notificationRule.findUniqueOrThrow({ where: { id: rule.id } })).autoSend).toBe(false);
    expect(await db.auditLog.count({ where: { actorId: actor.id } })).toBe(0);
  });

  it("affects incidents declared afterwards; earlier obligations keep what they copied", async () => {
    const admin = await createTestUser("ADMIN");
    const commander = await createTestUser("COMMANDER");
    const group = await createTestGroup();
    const component = await db.component.findFirstOrThrow();
    const rule = await addRule(ctxOf(admin), {
      severity: "SEV3",
      withinMinutes: 30,
      groupId: group.id,
      autoSend: false,
    });
    const declare = () =>
      declareIncident(ctxOf(commander), { title: "Matrix edit check", severity: "SEV3", componentIds: [component.id] });
    const owedTo = (incidentId: string) =>
      db.notificationObligation.findFirstOrThrow({ where: { incidentId, groupId: group.id } });

    const before = await declare();
    await updateRule(ctxOf(admin), { id: rule.id, autoSend: true, templateId: await templateId() });
    const after = await declare();
    expect(await owedTo(before.id)).toMatchObject({ autoSend: false, templateId: null });
    expect(await owedTo(after.id)).toMatchObject({ autoSend: true, templateId: await templateId() });
  });
});

describe("removeRule", () => {
  it("deletes the rule and records what it was", async () => {
    const admin = await createTestUser("ADMIN");
    const group = await createTestGroup();
    const rule = await addRule(ctxOf(admin), { severity: "SEV1", withinMinutes: 0, groupId: group.id, autoSend: true });
    await removeRule(ctxOf(admin), { id: rule.id });
    expect(await db.notificationRule.findUnique({ where: { id: rule.id } })).toBeNull();
    const row = (await auditOf(rule.id)).find((r) => r.action === "matrix.rule.remove")!;
    expect(row.before).toMatchObject({ severity: "SEV1", withinMinutes: 0, groupKey: group.key, autoSend: true });
    expect((await rejection(() => removeRule(ctxOf(admin), { id: rule.id }))).code).toBe("NOT_FOUND");
  });

  it.each(ROLES)("refuses a %s with FORBIDDEN and keeps the rule", async (role) => {
    const admin = await createTestUser("ADMIN");
    const actor = await createTestUser(role);
    const group = await createTestGroup();
    const rule = await addRule(ctxOf(admin), { severity: "SEV1", withinMinutes: 0, groupId: group.id });
    expect((await rejection(() => removeRule(ctxOf(actor), { id: rule.id }))).code).toBe("FORBIDDEN");
    expect(await db.notificationRule.findUnique({ where: { id: rule.id } })).not.toBeNull();
  });
});
