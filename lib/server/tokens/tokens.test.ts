// API tokens against the real database: the secret is shown once and only its hash is stored;
// a token authenticates until revoked or expired, acting within its scopes and its creator's role.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authorize } from "@/lib/server/authorize";
import { db } from "@/lib/server/db";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { authenticateToken } from "./authenticate";
import { createToken } from "./create";
import { listTokens } from "./list";
import { revokeToken } from "./revoke";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function issued(scopes: string[], options: { expiresInDays?: number; now?: Date } = {}) {
  const admin = await createTestUser("ADMIN");
  const created = await createToken(ctxOf(admin, options.now), {
    name: `test token ${Math.random().toString(36).slice(2, 8)}`,
    scopes,
    expiresInDays: options.expiresInDays,
  });
  return { admin, ...created };
}

describe("createToken", () => {
  it("returns the secret once, in the brg_<prefix>_<secret> form, and stores only its sha256 hash", async () => {
    const { admin, token, secret } = await issued(["incidents:write"]);
    expect(secret).toMatch(/^brg_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(`brg_${token.prefix}_`)).toBe(true);
    expect(token).not.toHaveProperty("tokenHash");

    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id }, omit: { tokenHash: false } });
    expect(stored.tokenHash).toBe(sha256(secret));
    expect(stored).toMatchObject({
      scopes: ["incidents:write"],
      createdById: admin.id,
      revokedAt: null,
      lastUsedAt: null,
      expiresAt: null,
    });
    expect(JSON.stringify(stored)).not.toContain(secret.split("_").slice(2).join("_"));

    const listed = (await listTokens(ctxOf(admin))).find((t) => t.id === token.id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty("tokenHash");
    expect(listed!.createdBy.email).toBe(admin.email);

    const [audit] = await db.auditLog.findMany({ where: { action: "token.create", entityId: token.id } });
    expect(audit.actorId).toBe(admin.id);
    const recorded = JSON.stringify(audit);
    expect(recorded).not.toContain(secret);
    expect(recorded).not.toContain(stored.tokenHash);
  });

  it("sets the expiry from the chosen lifetime", async () => {
    const now = new Date("2026-04-01T00:00:00Z");
    const { token } = await issued(["incidents:read"], { expiresInDays: 30, now });
    expect(token.expiresAt).toEqual(new Date("2026-05-01T00:00:00Z"));
  });

  it("names each bad field and writes nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const error = await rejection(() =>
      createToken(ctxOf(admin), { name: "", scopes: ["incidents:delete"], expiresInDays: "-3" }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["expiresInDays", "name", "scopes.0"]);
    expect(await db.apiToken.count({ where: { createdById: admin.id } })).toBe(0);
  });

  it.each(["COMMANDER", "RESPONDER", "STAKEHOLDER"] as const)("refuses a %s", async (role) => {
    const user = await createTestUser(role);
    expect((await rejection(() => createToken(ctxOf(user), { name: "mine", scopes: ["incidents:read"] }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await rejection(() => listTokens(ctxOf(user)))).code).toBe("FORBIDDEN");
  });
});

describe("authenticateToken", () => {
  it("resolves to a token actor labelled with the token's name, with its scopes", async () => {
    const { admin, token, secret } = await issued(["incidents:read"]);
    const ctx = await authenticateToken(secret);
    expect(ctx.actor).toEqual({
      kind: "token",
      id: token.id,
      userId: admin.id,
      role: "ADMIN",
      label: `token ${token.name}`,
      scopes: ["incidents:read"],
    });
    expect(() => authorize(ctx, "incident:read")).not.toThrow();
    expect(() => authorize(ctx, "incident:declare")).toThrow(/scopes \(incidents:read\)/);
    expect(() => authorize(ctx, "user:manage")).toThrow();
  });

  it("records last use at most once a minute", async () => {
    const { token, secret } = await issued(["incidents:read"]);
    const t0 = new Date(Date.now() - 10 * 60_000);
    await authenticateToken(secret, t0);
    await authenticateToken(secret, new Date(t0.getTime() + 30_000));
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await authenticateToken(secret, later);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(later);
  });

  it("refuses garbage, an unknown token, a revoked one and an expired one alike", async () => {
    const { admin, token, secret } = await issued(["incidents:read"], { expiresInDays: 1, now: new Date() });
    const unknown = `brg_${token.prefix}_${"A".repeat(43)}`;
    for (const bad of ["", "garbage", "brg_x_y", unknown, `${secret}x`]) {
      const error = await rejection(() => authenticateToken(bad));
      expect(error.code, bad).toBe("UNAUTHENTICATED");
    }
    const expired = await rejection(() => authenticateToken(secret, new Date(Date.now() + 2 * 86_400_000)));
    expect(expired.code).toBe("UNAUTHENTICATED");

    await revokeToken(ctxOf(admin), { id: token.id });
    expect((await rejection(() => authenticateToken(secret))).code).toBe("UNAUTHENTICATED");
  });

  it("stops working when its creator is deactivated, and follows the creator's current role", async () => {
    const { admin, secret } = await issued(["incidents:write"]);
    await db.user.update({ where: { id: admin.id }, data: { role: "RESPONDER" } });
    const ctx = await authenticateToken(secret);
    expect(() => authorize(ctx, "incident:respond")).not.toThrow();
    expect(() => authorize(ctx, "incident:declare")).toThrow(/role \(RESPONDER\)/);
    await db.user.update({ where: { id: admin.id }, data: { active: false } });
    expect((await rejection(() => authenticateToken(secret))).code).toBe("UNAUTHENTICATED");
  });
});

describe("revokeToken", () => {
  it("revokes once with an audit row; a second revoke is a conflict", async () => {
    const { admin, token } = await issued(["incidents:read"]);
    const now = new Date("2026-06-01T10:00:00Z");
    const revoked = await revokeToken(ctxOf(admin, now), { id: token.id });
    expect(revoked.revokedAt).toEqual(now);
    expect((await rejection(() => revokeToken(ctxOf(admin), { id: token.id }))).code).toBe("CONFLICT");
    const rows = await db.auditLog.findMany({ where: { action: "token.revoke", entityId: token.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].before).toMatchObject({ revokedAt: null });
  });

  it("answers NOT_FOUND for an unknown id and FORBIDDEN for a non-admin", async () => {
    const admin = await createTestUser("ADMIN");
    expect((await rejection(() => revokeToken(ctxOf(admin), { id: "nope" }))).code).toBe("NOT_FOUND");
    const { token } = await issued(["incidents:read"]);
    const commander = await createTestUser("COMMANDER");
    expect((await rejection(() => revokeToken(ctxOf(commander), { id: token.id }))).code).toBe("FORBIDDEN");
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
  });
});
