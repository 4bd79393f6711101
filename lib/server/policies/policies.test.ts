// Escalation policy services against the real database: admins only, whole-policy saves in one
// transaction with field-named errors, exactly one default, and levels that paged people kept.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { createPolicy } from "./create";
import { deletePolicy } from "./delete";
import { getPolicy } from "./get";
import { listPolicies } from "./list";
import { savePolicy } from "./save";
import { email, storedPolicyInput } from "./test-fixtures";

const PLAN_DEFAULT = "Default (plan)";
const ROLES = ["COMMANDER", "RESPONDER", "STAKEHOLDER"] as const;

const level = (
  name: string,
  minutes: number,
  targets: object[] = [email(`${name.toLowerCase().replace(/\W/g, "")}@example.com`)],
) => ({
  name,
  roleLabel: `${name} role`,
  escalateAfterMinutes: minutes,
  targets,
});
const draft = (over: object = {}) => ({
  name: `Test policy ${randomUUID().slice(0, 8)}`,
  description: "For tests",
  repeatCount: 1,
  isDefault: false,
  levels: [level("First", 10), level("Second", 20), level("Third", 30)],
  ...over,
});

// The form sends the policy back with each stored level's id.
const edited = async (id: string) => storedPolicyInput(ctxOf(await createTestUser("ADMIN")), id);

afterEach(async () => {
  const mine = await db.escalationPolicy.findMany({
    where: { name: { startsWith: "Test policy" } },
    select: { id: true },
  });
  const ids = mine.map((p) => p.id);
  await db.incident.deleteMany({ where: { escalationPolicyId: { in: ids } } });
  await db.escalationPolicy.updateMany({ where: { name: PLAN_DEFAULT }, data: { isDefault: true } });
  await db.escalationPolicy.deleteMany({ where: { id: { in: ids } } });
});

describe("listPolicies and getPolicy", () => {
  it("show an admin the default policy first and its levels in order", async () => {
    const admin = await createTestUser("ADMIN");
    const policies = await listPolicies(ctxOf(admin));
    expect(policies[0]).toMatchObject({ name: PLAN_DEFAULT, isDefault: true });
    expect(policies[0].levels.map((l) => l.escalateAfterMinutes)).toEqual([15, 30, 30, 30, 30]);
    const { policy, users } = await getPolicy(ctxOf(admin), policies[0].id);
    expect(policy.levels.map((l) => l.name)).toEqual([
      "Primary on-call",
      "Secondary on-call",
      "Engineering Manager",
      "VP Engineering",
      "CTO",
    ]);
    expect(users.some((u) => u.email === "commander@bridge.local")).toBe(true);
  });

  it.each(ROLES)("refuse a %s", async (role) => {
    const actor = await createTestUser(role);
    expect((await rejection(() => listPolicies(ctxOf(actor)))).code).toBe("FORBIDDEN");
    const id = (await db.escalationPolicy.findFirstOrThrow()).id;
    expect((await rejection(() => getPolicy(ctxOf(actor), id))).code).toBe("FORBIDDEN");
  });
});

describe("createPolicy", () => {
  it("creates levels and targets (users labelled by name) with an audit row", async () => {
    const admin = await createTestUser("ADMIN");
    const person = await createTestUser("RESPONDER");
    const input = draft({
      levels: [level("Only", 5, [{ kind: "USER", userId: person.id }, email("team@example.com")])],
    });
    const created = await createPolicy(ctxOf(admin), input);
    expect(created).toMatchObject({ name: input.name, isDefault: false, repeatCount: 1 });
    expect(created.levels).toHaveLength(1);
    expect(created.levels[0]).toMatchObject({ position: 1, name: "Only", escalateAfterMinutes: 5 });
    expect(created.levels[0].targets.map((t) => t.label).sort()).toEqual([person.name, "team@example.com"].sort());
    const [row] = await db.auditLog.findMany({ where: { entityId: created.id } });
    expect(row).toMatchObject({ action: "policy.create", actorId: admin.id, before: null });
  });

  it("refuses a taken name on the name field", async () => {
    const admin = await createTestUser("ADMIN");
    const error = await rejection(() => createPolicy(ctxOf(admin), draft({ name: PLAN_DEFAULT.toUpperCase() })));
    expect(error).toMatchObject({ code: "CONFLICT", fieldErrors: { name: ["Another policy has this name"] } });
  });

  it.each(ROLES)("refuses a %s and writes nothing", async (role) => {
    const actor = await createTestUser(role);
    const input = draft();
    expect((await rejection(() => createPolicy(ctxOf(actor), input))).code).toBe("FORBIDDEN");
    expect(await db.escalationPolicy.count({ where: { name: input.name } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: actor.id } })).toBe(0);
  });
});

describe("savePolicy", () => {
  it("reorders, edits, adds and removes levels in place, keeping the ids of kept levels", async () => {
    const admin = await createTestUser("ADMIN");
    const created = await createPolicy(ctxOf(admin), draft());
    const [first, second, third] = created.levels;
    const input = await edited(created.id);
    input.repeatCount = 3;
    input.levels = [
      { ...input.levels[2], name: "Third, now first", escalateAfterMinutes: 5 },
      input.levels[0],
      {
        name: "Brand new",
        roleLabel: "",
        escalateAfterMinutes: 45,
        targets: [email("new@example.com")],
      } as (typeof input.levels)[number],
    ];
    const saved = await savePolicy(ctxOf(admin), input);
    expect(saved.repeatCount).toBe(3);
    expect(saved.levels.map((l) => [l.position, l.name, l.escalateAfterMinutes])).toEqual([
      [1, "Third, now first", 5],
      [2, "First", 10],
      [3, "Brand new", 45],
    ]);
    expect(saved.levels[0].id).toBe(third.id);
    expect(saved.levels[1].id).toBe(first.id);
    expect(await db.escalationLevel.findUnique({ where: { id: second.id } })).toBeNull();
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "policy.save", entityId: created.id } });
    expect((row.before as { levels: unknown[] }).levels).toHaveLength(3);
    expect((row.after as { levels: { name: string }[] }).levels.map((l) => l.name)).toEqual([
      "Third, now first",
      "First",
      "Brand new",
    ]);
  });

  it("names the level field that is wrong and changes nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const created = await createPolicy(ctxOf(admin), draft());
    const input = await edited(created.id);
    input.levels[2].escalateAfterMinutes = 0;
    const error = await rejection(() => savePolicy(ctxOf(admin), input));
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "levels.2.escalateAfterMinutes": ["Between 1 and 1440 minutes"] },
    });

    const gone = await createTestUser("RESPONDER", { active: false });
    const again = await edited(created.id);
    again.levels[1].targets = [{ kind: "USER", userId: gone.id }];
    const inactive = await rejection(() => savePolicy(ctxOf(admin), again));
    expect(inactive).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "levels.1.targets.0.userId": ["Choose an active user"] },
    });
    expect(await db.auditLog.count({ where: { action: "policy.save", entityId: created.id } })).toBe(0);
    expect(
      (await db.escalationLevel.findMany({ where: { policyId: created.id }, orderBy: { position: "asc" } })).map(
        (l) => l.escalateAfterMinutes,
      ),
    ).toEqual([10, 20, 30]);
  });

  it("makes exactly one policy the default, and will not leave none", async () => {
    const admin = await createTestUser("ADMIN");
    const created = await createPolicy(ctxOf(admin), draft());
    const input = await edited(created.id);
    await savePolicy(ctxOf(admin), { ...input, isDefault: true });
    const defaults = await db.escalationPolicy.findMany({ where: { isDefault: true } });
    expect(defaults.map((p) => p.id)).toEqual([created.id]);

    const error = await rejection(() => savePolicy(ctxOf(admin), { ...input, isDefault: false }));
    expect(error.code).toBe("CONFLICT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["isDefault"]);
    expect((await db.escalationPolicy.findUniqueOrThrow({ where: { id: created.id } })).isDefault).toBe(true);
  });

  it("creating a default policy takes the flag from the previous default", async () => {
    const admin = await createTestUser("ADMIN");
    const created = await createPolicy(ctxOf(admin), draft({ isDefault: true }));
    expect(created.isDefault).toBe(true);
    expect(await db.escalationPolicy.count({ where: { isDefault: true } })).toBe(1);
  });

  it("will not remove a level that already paged someone, but lets it be edited", async () => {
    const admin = await createTestUser("ADMIN");
    const created = await createPolicy(ctxOf(admin), draft());
    const paged = created.levels[1];
    const incident = await db.incident.create({
      data: {
        title: "Paged",
        severity: "SEV2",
        startedAt: new Date(),
        detectedAt: new Date(),
        escalationPolicyId: created.id,
      },
    });
    await db.page.create({
      data: {
        incidentId: incident.id,
        levelId: paged.id,
        plannedAt: new Date(),
        pagedAt: new Date(),
        idempotencyKey: `test:${randomUUID()}`,
      },
    });

    const input = await edited(created.id);
    const error = await rejection(() =>
      savePolicy(ctxOf(admin), { ...input, levels: [input.levels[0], input.levels[2]] }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors?.levels?.[0]).toContain("“Second” already paged people during incidents");
    expect(await db.escalationLevel.count({ where: { policyId: created.id } })).toBe(3);

    input.levels[1] = { ...input.levels[1], name: "Second, renamed", escalateAfterMinutes: 25 };
    const saved = await savePolicy(ctxOf(admin), { ...input, levels: [input.levels[1], input.levels[0]] });
    expect(saved.levels.map((l) => [l.id, l.position, l.escalateAfterMinutes])).toEqual([
      [paged.id, 1, 25],
      [created.levels[0].id, 2, 10],
    ]);
  });

  it("refuses a level id from another policy", async () => {
    const admin = await createTestUser("ADMIN");
    const created = await createPolicy(ctxOf(admin), draft());
    const foreign = await db.escalationLevel.findFirstOrThrow({ where: { policy: { name: PLAN_DEFAULT } } });
    const input = await edited(created.id);
    input.levels[0].id = foreign.id;
    const error = await rejection(() => savePolicy(ctxOf(admin), input));
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "levels.0.id": ["This level is not part of this policy"] },
    });
  });

  it.each(ROLES)("refuses a %s and changes nothing", async (role) => {
    const admin = await createTestUser("ADMIN");
    const actor = await createTestUser(role);
    const created = await createPolicy(ctxOf(admin), draft());
    const input = await edited(created.id);
    expect(
      (await rejection(() => savePolicy(ctxOf(actor), { ...input, name: `${input.name} hijacked`, isDefault: true })))
        .code,
    ).toBe("FORBIDDEN");
    expect(await db.escalationPolicy.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      name: input.name,
      isDefault: false,
    });
    expect(await db.auditLog.count({ where: { actorId: actor.id } })).toBe(0);
  });
});

describe("deletePolicy", () => {
  it("deletes an unused policy with its levels, and records it", async () => {
    const admin = await createTestUser("ADMIN");
    const created = await createPolicy(ctxOf(admin), draft());
    await deletePolicy(ctxOf(admin), { id: created.id });
    expect(await db.escalationPolicy.findUnique({ where: { id: created.id } })).toBeNull();
    expect(await db.escalationLevel.count({ where: { policyId: created.id } })).toBe(0);
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "policy.delete", entityId: created.id } });
    expect(row.before).toMatchObject({ name: created.name });
  });

  it("refuses the default policy and a policy incidents used", async () => {
    const admin = await createTestUser("ADMIN");
    const plan = await db.escalationPolicy.findFirstOrThrow({ where: { name: PLAN_DEFAULT } });
    expect((await rejection(() => deletePolicy(ctxOf(admin), { id: plan.id }))).message).toContain("default policy");
    const created = await createPolicy(ctxOf(admin), draft());
    await db.incident.create({
      data: {
        title: "Used",
        severity: "SEV3",
        startedAt: new Date(),
        detectedAt: new Date(),
        escalationPolicyId: created.id,
      },
    });
    const error = await rejection(() => deletePolicy(ctxOf(admin), { id: created.id }));
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "1 incident(s) used this policy; it is kept for their history.",
    });
    expect(await db.escalationPolicy.findUnique({ where: { id: created.id } })).not.toBeNull();
  });

  it.each(ROLES)("refuses a %s", async (role) => {
    const admin = await createTestUser("ADMIN");
    const actor = await createTestUser(role);
    const created = await createPolicy(ctxOf(admin), draft());
    expect((await rejection(() => deletePolicy(ctxOf(actor), { id: created.id }))).code).toBe("FORBIDDEN");
    expect(await db.escalationPolicy.findUnique({ where: { id: created.id } })).not.toBeNull();
  });
});
