import { describe, expect, it } from "vitest";
import { can, isRole, PERMISSIONS, ROLE_LABELS, ROLES, type Permission } from "./roles";

const permissions = Object.keys(PERMISSIONS) as Permission[];
const READS: Permission[] = ["plan:read", "incident:read", "status:read"];

describe("can", () => {
  it("lets an admin do everything", () => {
    for (const p of permissions) expect(can("ADMIN", p), p).toBe(true);
  });

  it("keeps a stakeholder to reading the plan, incidents and status", () => {
    const allowed = permissions.filter((p) => can("STAKEHOLDER", p));
    expect(allowed.sort()).toEqual([...READS].sort());
  });

  it("lets a responder work incidents but not command them or manage Bridge", () => {
    expect(can("RESPONDER", "incident:respond")).toBe(true);
    expect(can("RESPONDER", "dr:record")).toBe(true);
    expect(can("RESPONDER", "internal:read")).toBe(true);
    expect(can("RESPONDER", "incident:declare")).toBe(false);
    expect(can("RESPONDER", "incident:command")).toBe(false);
    expect(can("RESPONDER", "user:manage")).toBe(false);
  });

  it("lets a commander declare and command but not manage users, audit or tokens", () => {
    expect(can("COMMANDER", "incident:declare")).toBe(true);
    expect(can("COMMANDER", "incident:command")).toBe(true);
    for (const p of ["user:manage", "audit:read", "token:manage", "matrix:manage"] as const)
      expect(can("COMMANDER", p), p).toBe(false);
  });

  it("reserves user management and the audit log to admins", () => {
    expect(ROLES.filter((r) => can(r, "user:manage"))).toEqual(["ADMIN"]);
    expect(ROLES.filter((r) => can(r, "audit:read"))).toEqual(["ADMIN"]);
  });

  it("grants more to each role up the ladder, never less", () => {
    const ladder = ["STAKEHOLDER", "RESPONDER", "COMMANDER", "ADMIN"] as const;
    for (let i = 1; i < ladder.length; i++) {
      for (const p of permissions) if (can(ladder[i - 1], p)) expect(can(ladder[i], p), `${ladder[i]} ${p}`).toBe(true);
    }
  });
});

describe("isRole", () => {
  it("accepts exactly the four roles", () => {
    for (const r of ROLES) expect(isRole(r)).toBe(true);
    for (const v of ["admin", "OWNER", "", null, undefined, 1]) expect(isRole(v)).toBe(false);
  });

  it("has a label for every role", () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
    expect(ROLE_LABELS.STAKEHOLDER).toContain("read-only");
  });
});
