// Reading the audit log: admins only, filters by actor, action, entity and date, newest first,
// and a cursor that walks every matching row exactly once.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/server/users/create";
import { updateUser } from "@/lib/server/users/update";
import { createTestUser, ctxOf, rejection, uniqueEmail } from "@/scripts/test/fixtures";
import { listAuditFacets, listAuditLog } from "./list";

// Dates far in the past keep these rows apart from anything other tests write "now".
const day = (iso: string) => new Date(iso);
const newUser = (label: string) => ({
  email: uniqueEmail(label),
  name: label,
  role: "STAKEHOLDER",
  password: "long-enough-password",
});

describe("listAuditLog", () => {
  let admin: Awaited<ReturnType<typeof createTestUser>>;
  const ids: string[] = [];

  beforeAll(async () => {
    admin = await createTestUser("ADMIN");
    const times = ["2001-03-03T10:00:00Z", "2001-03-04T08:00:00Z", "2001-03-04T22:30:00Z", "2001-03-05T01:00:00Z"];
    for (const [i, t] of times.entries()) ids.push((await createUser(ctxOf(admin, day(t)), newUser(`audited${i}`))).id);
    await updateUser(ctxOf(admin, day("2001-03-06T12:00:00Z")), { id: ids[0], name: "Renamed" });
  });

  it("filters by actor and returns the rows newest first", async () => {
    const { items, nextCursor } = await listAuditLog(ctxOf(admin), { actor: admin.email });
    expect(items.map((r) => [r.action, r.entityId])).toEqual([
      ["user.update", ids[0]],
      ["user.create", ids[3]],
      ["user.create", ids[2]],
      ["user.create", ids[1]],
      ["user.create", ids[0]],
    ]);
    expect(nextCursor).toBeNull();
  });

  it("matches the actor case-insensitively on part of the label", async () => {
    const local = admin.email.split("@")[0].toUpperCase();
    expect((await listAuditLog(ctxOf(admin), { actor: local })).items).toHaveLength(5);
  });

  it("filters by action, and by an action prefix", async () => {
    const creates = await listAuditLog(ctxOf(admin), { actor: admin.email, action: "user.create" });
    expect(creates.items.map((r) => r.action)).toEqual(Array(4).fill("user.create"));
    const updates = await listAuditLog(ctxOf(admin), { actor: admin.email, action: "user.update" });
    expect(updates.items.map((r) => r.entityId)).toEqual([ids[0]]);
    expect((await listAuditLog(ctxOf(admin), { actor: admin.email, action: "user." })).items).toHaveLength(5);
    expect((await listAuditLog(ctxOf(admin), { actor: admin.email, action: "auth." })).items).toHaveLength(0);
  });

  it("filters by entity type", async () => {
    expect((await listAuditLog(ctxOf(admin), { actor: admin.email, entityType: "User" })).items).toHaveLength(5);
    expect((await listAuditLog(ctxOf(admin), { actor: admin.email, entityType: "Incident" })).items).toHaveLength(0);
  });

  it("includes the whole of the day given as `to`, and starts `from` at midnight", async () => {
    const { items } = await listAuditLog(ctxOf(admin), { actor: admin.email, from: "2001-03-04", to: "2001-03-04" });
    expect(items.map((r) => r.entityId)).toEqual([ids[2], ids[1]]);
  });

  it("pages through every row exactly once by cursor", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAuditLog(ctxOf(admin), { actor: admin.email, take: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    const all = (await listAuditLog(ctxOf(admin), { actor: admin.email })).items.map((r) => r.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(5);
  });

  it("reports a date it cannot read as VALIDATION on that field", async () => {
    const error = await rejection(() => listAuditLog(ctxOf(admin), { from: "not-a-date" }));
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["from"]);
  });

  it.each(["COMMANDER", "RESPONDER", "STAKEHOLDER"] as const)("refuses a %s", async (role) => {
    const actor = await createTestUser(role);
    expect((await rejection(() => listAuditLog(ctxOf(actor), {}))).code).toBe("FORBIDDEN");
    expect((await rejection(() => listAuditFacets(ctxOf(actor)))).code).toBe("FORBIDDEN");
  });

  it("offers the actions and entity types present as filter choices", async () => {
    const facets = await listAuditFacets(ctxOf(admin));
    expect(facets.actions).toEqual(expect.arrayContaining(["user.create", "user.update"]));
    expect(facets.entityTypes).toContain("User");
  });
});
