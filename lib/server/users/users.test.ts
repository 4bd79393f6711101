// createUser / updateUser against the real database: authorization first, validation with
// named fields, and the change and its audit row committed together or not at all.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { systemCtx } from "@/lib/server/context";
import { verifyPassword } from "@/lib/server/password";
import { createTestUser, ctxOf, rejection, TEST_PASSWORD, uniqueEmail } from "@/scripts/test/fixtures";
import { createUser } from "./create";
import { updateUser } from "./update";

const input = (email: string) => ({ email, name: "New Person", role: "RESPONDER", password: "a-fresh-password-1" });
const auditFor = (email: string) => db.auditLog.findMany({ where: { after: { path: ["email"], equals: email } } });

describe("createUser", () => {
  it("as an admin writes the user and a user.create audit row with the after-snapshot", async () => {
    const admin = await createTestUser("ADMIN");
    const now = new Date("2026-02-03T04:05:06Z");
    const email = uniqueEmail("created");
    const created = await createUser(ctxOf(admin, now), input(email));

    expect(created).toMatchObject({ email, name: "New Person", role: "RESPONDER", active: true });
    expect(created).not.toHaveProperty("passwordHash");
    const stored = await db.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    expect(await verifyPassword("a-fresh-password-1", stored.passwordHash!)).toBe(true);

    const rows = await db.auditLog.findMany({ where: { entityType: "User", entityId: created.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "user.create",
      actorId: admin.id,
      actorLabel: admin.email,
      at: now,
      before: null,
    });
    expect(rows[0].after).toMatchObject({ id: created.id, email, role: "RESPONDER", active: true });
    const snapshot = JSON.stringify(rows[0].after);
    expect(snapshot).not.toMatch(/passwordHash|password|\$2[aby]\$/);
  });

  it("stores the e-mail normalised, so the same address in other case is a conflict", async () => {
    const admin = await createTestUser("ADMIN");
    const email = uniqueEmail("case");
    const created = await createUser(ctxOf(admin), input(`  ${email.toUpperCase()} `));
    expect(created.email).toBe(email);
    const error = await rejection(() => createUser(ctxOf(admin), input(email)));
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors).toEqual({ email: ["Already in use"] });
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await auditFor(email)).toHaveLength(1);
  });

  it.each(["STAKEHOLDER", "RESPONDER", "COMMANDER"] as const)(
    "refuses a %s with FORBIDDEN and writes nothing",
    async (role) => {
      const actor = await createTestUser(role);
      const email = uniqueEmail("refused");
      const error = await rejection(() => createUser(ctxOf(actor), { ...input(email), role: "ADMIN" }));
      expect(error.code).toBe("FORBIDDEN");
      expect(await db.user.count({ where: { email } })).toBe(0);
      expect(await auditFor(email)).toHaveLength(0);
      expect(await db.auditLog.count({ where: { actorId: actor.id } })).toBe(0);
    },
  );

  it("checks the role before the input: a stakeholder learns nothing about validation", async () => {
    const actor = await createTestUser("STAKEHOLDER");
    expect((await rejection(() => createUser(ctxOf(actor), {}))).code).toBe("FORBIDDEN");
  });

  it("refuses bad input with VALIDATION naming email and password, and writes nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const error = await rejection(() =>
      createUser(ctxOf(admin), { email: "nope", name: "X", role: "RESPONDER", password: "short" }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "password"]);
    expect(error.fieldErrors?.password).toEqual(["At least 12 characters"]);
    expect(await db.auditLog.count({ where: { actorId: admin.id } })).toBe(0);
  });

  describe("when the audit row cannot be written", () => {
    // A real trigger makes the audit insert fail, to show the user insert is rolled back with it.
    afterEach(async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS bridge_test_refuse_audit ON "AuditLog"`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS bridge_test_refuse_audit()`);
    });

    it("does not keep the user either", async () => {
      const admin = await createTestUser("ADMIN");
      const email = uniqueEmail("atomic");
      await db.$executeRawUnsafe(`CREATE FUNCTION bridge_test_refuse_audit() RETURNS trigger AS $$
        BEGIN IF NEW.after->>'email' = '${email}' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await db.$executeRawUnsafe(
        `CREATE TRIGGER bridge_test_refuse_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION bridge_test_refuse_audit()`,
      );
      const error = await rejection(() => createUser(ctxOf(admin), input(email)));
      expect(error.message).toContain("audit refused");
      expect(await db.user.count({ where: { email } })).toBe(0);
    });
  });
});

describe("updateUser", () => {
  it("changes the role and records before and after", async () => {
    const admin = await createTestUser("ADMIN");
    const target = await createTestUser("RESPONDER");
    const updated = await updateUser(ctxOf(admin), { id: target.id, role: "COMMANDER" });
    expect(updated.role).toBe("COMMANDER");
    const [row] = await db.auditLog.findMany({ where: { action: "user.update", entityId: target.id } });
    expect(row.actorId).toBe(admin.id);
    expect(row.before).toMatchObject({ role: "RESPONDER" });
    expect(row.after).toMatchObject({ role: "COMMANDER" });
  });

  it("resets a password without putting it or its hash in the audit log", async () => {
    const admin = await createTestUser("ADMIN");
    const target = await createTestUser("RESPONDER");
    await updateUser(ctxOf(admin), { id: target.id, password: "brand-new-password" });
    const stored = await db.user.findUniqueOrThrow({ where: { id: target.id }, omit: { passwordHash: false } });
    expect(await verifyPassword("brand-new-password", stored.passwordHash!)).toBe(true);
    expect(await verifyPassword(TEST_PASSWORD, stored.passwordHash!)).toBe(false);
    const [row] = await db.auditLog.findMany({ where: { action: "user.update", entityId: target.id } });
    expect(row.after).toMatchObject({ password: "(reset)" });
    expect(JSON.stringify(row)).not.toMatch(/brand-new-password|\$2[aby]\$/);
  });

  it("refuses non-admins", async () => {
    const commander = await createTestUser("COMMANDER");
    const target = await createTestUser("RESPONDER");
    expect((await rejection(() => updateUser(ctxOf(commander), { id: target.id, role: "ADMIN" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("RESPONDER");
  });

  it("answers NOT_FOUND for an unknown user", async () => {
    const admin = await createTestUser("ADMIN");
    expect((await rejection(() => updateUser(ctxOf(admin), { id: "no-such-user", role: "ADMIN" }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("does not let an admin remove their own admin access", async () => {
    const admin = await createTestUser("ADMIN");
    for (const change of [{ role: "RESPONDER" }, { active: false }]) {
      const error = await rejection(() => updateUser(ctxOf(admin), { id: admin.id, ...change }));
      expect(error.code).toBe("CONFLICT");
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", active: true });
  });

  it("cannot demote or deactivate the last active admin", async () => {
    const last = await createTestUser("ADMIN");
    // Leave `last` as the only active admin for the length of this test, then put things back.
    const others = await db.user.findMany({
      where: { role: "ADMIN", active: true, NOT: { id: last.id } },
      select: { id: true },
    });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: false } });
    try {
      for (const change of [{ role: "STAKEHOLDER" }, { active: false }]) {
        const error = await rejection(() => updateUser(systemCtx(), { id: last.id, ...change }));
        expect(error.code).toBe("CONFLICT");
        expect(error.fieldErrors).toEqual({ role: ["Last active admin"] });
      }
      expect(await db.user.findUniqueOrThrow({ where: { id: last.id } })).toMatchObject({
        role: "ADMIN",
        active: true,
      });
      expect(await db.auditLog.count({ where: { action: "user.update", entityId: last.id } })).toBe(0);
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: true } });
    }
  });

  it("lets one admin demote another while a second admin remains", async () => {
    const admin = await createTestUser("ADMIN");
    const other = await createTestUser("ADMIN");
    expect((await updateUser(ctxOf(admin), { id: other.id, role: "RESPONDER" })).role).toBe("RESPONDER");
  });
});
