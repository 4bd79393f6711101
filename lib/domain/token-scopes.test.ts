import { describe, expect, it } from "vitest";
import { PERMISSIONS, type Permission } from "./roles";
import {
  createTokenSchema,
  isTokenScope,
  SCOPE_INFO,
  scopePermissions,
  scopesGrant,
  scopesInclude,
  scopeWrites,
  shouldTouchLastUsed,
  TOKEN_SCOPES,
  tokenExpiry,
  tokenState,
} from "./token-scopes";

const permissions = Object.keys(PERMISSIONS) as Permission[];

describe("scopeWrites", () => {
  it("names what a write scope changes, without the reads it includes", () => {
    expect(scopeWrites("incidents:write")).toEqual(["incident:declare", "incident:respond", "incident:command"]);
    expect(scopeWrites("postmortems:write")).toEqual(["postmortem:write"]);
    expect(scopeWrites("config:write")).toEqual(["policy:manage", "matrix:manage"]);
    expect(scopeWrites("sli:write")).toEqual(["sli:write"]);
  });
});

describe("scopesGrant", () => {
  it("lets incidents:read read incidents with their timelines and nothing else", () => {
    const granted = permissions.filter((p) => scopesGrant(["incidents:read"], p));
    expect(granted.sort()).toEqual(["incident:read", "internal:read", "status:read"]);
  });

  it("lets incidents:write declare, respond, command and read, but not publish status or administer", () => {
    for (const p of [
      "incident:declare",
      "incident:respond",
      "incident:command",
      "incident:read",
      "internal:read",
    ] as const)
      expect(scopesGrant(["incidents:write"], p), p).toBe(true);
    for (const p of ["statuspage:manage", "user:manage", "token:manage", "audit:read", "matrix:manage"] as const) {
      expect(scopesGrant(["incidents:write"], p), p).toBe(false);
    }
  });

  it("lets status:write publish and manage the status page, and read incidents", () => {
    for (const p of ["statuspage:manage", "incident:command", "incident:read", "internal:read"] as const)
      expect(scopesGrant(["status:write"], p), p).toBe(true);
    expect(scopesGrant(["status:write"], "incident:declare")).toBe(false);
  });

  it("grants nothing for no scopes or unknown scope names", () => {
    for (const p of permissions) {
      expect(scopesGrant([], p)).toBe(false);
      expect(scopesGrant(["admin", "incidents:*", "INCIDENTS:WRITE"], p)).toBe(false);
    }
  });

  it("never grants managing people, tokens or reading the audit log through any scope", () => {
    for (const p of ["user:manage", "token:manage", "audit:read", "template:manage", "subscriber:manage"] as const)
      expect(scopesGrant(TOKEN_SCOPES, p), p).toBe(false);
  });

  it("maps every scope only to permissions that exist in the role table", () => {
    for (const scope of TOKEN_SCOPES) for (const p of SCOPE_INFO[scope].permissions) expect(permissions).toContain(p);
  });

  it("lists the union of granted permissions once each", () => {
    expect(scopePermissions(["incidents:read", "incidents:write", "bogus"])).toEqual([
      "incident:command",
      "incident:declare",
      "incident:read",
      "incident:respond",
      "internal:read",
      "status:read",
    ]);
  });
});

describe("scopesInclude", () => {
  it("counts a write scope as holding the read scope of the same resource only", () => {
    expect(scopesInclude(["incidents:write"], "incidents:read")).toBe(true);
    expect(scopesInclude(["incidents:write"], "status:write")).toBe(false);
    expect(scopesInclude(["status:write"], "incidents:read")).toBe(true);
    expect(scopesInclude(["status:write"], "incidents:write")).toBe(false);
    expect(scopesInclude(["postmortems:write"], "postmortems:read")).toBe(true);
    expect(scopesInclude(["dr:write"], "config:read")).toBe(false);
    expect(scopesInclude(["incidents:read"], "incidents:write")).toBe(false);
  });

  it("holds nothing through unknown names", () => {
    expect(scopesInclude(["incidents:*", "admin"], "incidents:read")).toBe(false);
  });
});

describe("isTokenScope", () => {
  it("knows the fixed list only", () => {
    expect(TOKEN_SCOPES.every(isTokenScope)).toBe(true);
    expect(isTokenScope("incidents:delete")).toBe(false);
    expect(isTokenScope(3)).toBe(false);
  });
});

describe("createTokenSchema", () => {
  it("accepts a name, scopes and an optional lifetime, dropping duplicate scopes", () => {
    expect(
      createTokenSchema.parse({
        name: "  alertmanager ",
        scopes: ["incidents:write", "incidents:write"],
        expiresInDays: "30",
      }),
    ).toEqual({
      name: "alertmanager",
      scopes: ["incidents:write"],
      expiresInDays: 30,
    });
    expect(
      createTokenSchema.parse({ name: "forever", scopes: ["incidents:read"], expiresInDays: "" }).expiresInDays,
    ).toBeUndefined();
  });

  it("names each bad field", () => {
    const result = createTokenSchema.safeParse({ name: "x", scopes: [], expiresInDays: "0" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((i) => i.path[0]));
    expect([...fields].sort()).toEqual(["expiresInDays", "name", "scopes"]);
  });

  it("refuses a scope that is not in the list", () => {
    const result = createTokenSchema.safeParse({ name: "valid name", scopes: ["incidents:delete"] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(["scopes", 0]);
  });
});

describe("token lifetime", () => {
  const now = new Date("2026-03-01T12:00:00Z");

  it("expires a given number of days after creation, or never", () => {
    expect(tokenExpiry(now, 30)).toEqual(new Date("2026-03-31T12:00:00Z"));
    expect(tokenExpiry(now, undefined)).toBeNull();
  });

  it("is revoked before it is expired, and expired from the exact expiry instant", () => {
    expect(tokenState({ revokedAt: null, expiresAt: null }, now)).toBe("active");
    expect(tokenState({ revokedAt: null, expiresAt: new Date(now.getTime() + 1) }, now)).toBe("active");
    expect(tokenState({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(tokenState({ revokedAt: now, expiresAt: new Date(0) }, now)).toBe("revoked");
  });

  it("records last use at most once a minute", () => {
    expect(shouldTouchLastUsed(null, now)).toBe(true);
    expect(shouldTouchLastUsed(new Date(now.getTime() - 59_999), now)).toBe(false);
    expect(shouldTouchLastUsed(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});
