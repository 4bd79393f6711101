// Every cause that must end existing sessions raises the user's session version, and a token
// carrying an older version is no longer accepted.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { updateUser } from "@/lib/server/users/update";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";
import { isSessionCurrent } from "./session-current";
import { recordSignOut } from "./sign-out";

const T0 = new Date("2026-04-02T10:00:00Z");
const versionOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).sessionVersion;

describe("session version", () => {
  it("sign-out raises the version, audits it, and the old token is refused", async () => {
    const user = await createTestUser("RESPONDER");
    const token = { uid: user.id, sv: 0 };
    expect(await isSessionCurrent(token)).toBe(true);
    expect(await recordSignOut(token, T0)).toBe(true);
    expect(await versionOf(user.id)).toBe(1);
    expect(await isSessionCurrent(token)).toBe(false);
    const rows = await db.auditLog.findMany({ where: { action: "auth.sign_out", entityId: user.id } });
    expect(rows).toEqual([expect.objectContaining({ actorId: user.id, at: T0, after: { sessionVersion: 1 } })]);
  });

  it("a replayed old token signing out changes nothing", async () => {
    const user = await createTestUser("RESPONDER");
    await recordSignOut({ uid: user.id, sv: 0 }, T0);
    expect(await recordSignOut({ uid: user.id, sv: 0 }, T0)).toBe(false);
    expect(await recordSignOut(null, T0)).toBe(false);
    expect(await versionOf(user.id)).toBe(1);
    expect(await isSessionCurrent({ uid: user.id, sv: 1 })).toBe(true);
  });

  it("refuses tokens without a version and tokens of deactivated users", async () => {
    const user = await createTestUser("RESPONDER");
    expect(await isSessionCurrent({ uid: user.id })).toBe(false);
    const inactive = await createTestUser("RESPONDER", { active: false });
    expect(await isSessionCurrent({ uid: inactive.id, sv: 0 })).toBe(false);
  });

  it.each([
    ["a role change", { role: "COMMANDER" }],
    ["a deactivation", { active: false }],
    ["a new password", { password: "another-long-password-2" }],
  ])("%s ends existing sessions", async (_cause, change) => {
    const admin = await createTestUser("ADMIN");
    const user = await createTestUser("RESPONDER");
    await updateUser(ctxOf(admin), { id: user.id, ...change });
    expect(await versionOf(user.id)).toBe(1);
    expect(await isSessionCurrent({ uid: user.id, sv: 0 })).toBe(false);
  });

  it("a rename or an unchanged role keeps sessions", async () => {
    const admin = await createTestUser("ADMIN");
    const user = await createTestUser("RESPONDER");
    await updateUser(ctxOf(admin), { id: user.id, name: "Renamed", role: "RESPONDER", active: true });
    expect(await versionOf(user.id)).toBe(0);
  });
});
