// Managing integration sources against the real database: the key is shown once and stored hashed,
// every change is audited, only admins may, and a rotated or deleted source's key stops working.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { pruneApiRecords } from "@/lib/server/api/prune";
import { db } from "@/lib/server/db";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { authenticateSource } from "./authenticate";
import { createSource } from "./create";
import { deleteSource } from "./delete";
import { getSource } from "./get";
import { listSources } from "./list";
import { rotateSourceKey } from "./rotate-key";
import { setSourceEnabled } from "./set-enabled";
import { updateSource } from "./update";

const unique = () => Math.random().toString(36).slice(2, 8);
const settings = (over: Record<string, unknown> = {}) => ({
  kind: "alertmanager",
  name: `prometheus ${unique()}`,
  severityMap: [{ value: "critical", severity: "SEV1" }],
  componentSlugs: ["critical-service"],
  ...over,
});

describe("createSource", () => {
  it("shows the brs_ key once, stores only its hash, and audits without it", async () => {
    const admin = await createTestUser("ADMIN");
    const { source, key } = await createSource(ctxOf(admin), settings({ autoResolve: true }));
    expect(key).toMatch(/^brs_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(`brs_${source.keyPrefix}_`)).toBe(true);
    expect(source).not.toHaveProperty("keyHash");
    expect(source).toMatchObject({ severityMap: { critical: "SEV1" }, autoResolve: true, enabled: true });
    const stored = await db.integrationSource.findUniqueOrThrow({ where: { id: source.id }, omit: { keyHash: false } });
    expect(stored.keyHash).toBe(createHash("sha256").update(key).digest("hex"));
    const [audit] = await db.auditLog.findMany({ where: { action: "integration.create", entityId: source.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit)).not.toContain(key);
    expect(JSON.stringify(audit)).not.toContain(stored.keyHash);
    expect((await authenticateSource(key)).id).toBe(source.id);
  });

  it("names bad fields: unknown component, taken name, bad kind", async () => {
    const admin = await createTestUser("ADMIN");
    const unknown = await rejection(() => createSource(ctxOf(admin), settings({ componentSlugs: ["nope"] })));
    expect(unknown.fieldErrors).toEqual({ componentSlugs: ["Unknown component: nope"] });
    const { source } = await createSource(ctxOf(admin), settings());
    const taken = await rejection(() => createSource(ctxOf(admin), settings({ name: source.name })));
    expect(Object.keys(taken.fieldErrors ?? {})).toEqual(["name"]);
    const kind = await rejection(() => createSource(ctxOf(admin), settings({ kind: "nagios" })));
    expect(Object.keys(kind.fieldErrors ?? {})).toEqual(["kind"]);
  });

  it.each(["COMMANDER", "RESPONDER", "STAKEHOLDER"] as const)("refuses a %s everything", async (role) => {
    const admin = await createTestUser("ADMIN");
    const { source } = await createSource(ctxOf(admin), settings());
    const ctx = ctxOf(await createTestUser(role));
    for (const call of [
      () => createSource(ctx, settings()),
      () => updateSource(ctx, { id: source.id, ...settings() }),
      () => setSourceEnabled(ctx, { id: source.id, enabled: false }),
      () => rotateSourceKey(ctx, { id: source.id }),
      () => deleteSource(ctx, { id: source.id }),
      () => listSources(ctx),
      () => getSource(ctx, source.id),
    ])
      expect((await rejection(call)).code).toBe("FORBIDDEN");
  });
});

describe("changing a source", () => {
  it("updates settings, disables and enables, each audited", async () => {
    const admin = await createTestUser("ADMIN");
    const ctx = ctxOf(admin);
    const { source } = await createSource(ctx, settings());
    const updated = await updateSource(ctx, {
      id: source.id,
      name: `${source.name} renamed`,
      severityLabel: "priority",
      severityMap: [{ value: "P1", severity: "SEV1" }],
      defaultSeverity: "SEV2",
      componentSlugs: ["documentation-generation"],
      autoResolve: true,
    });
    expect(updated).toMatchObject({ severityLabel: "priority", severityMap: { p1: "SEV1" }, kind: "alertmanager" });
    expect((await setSourceEnabled(ctx, { id: source.id, enabled: false })).enabled).toBe(false);
    expect((await setSourceEnabled(ctx, { id: source.id, enabled: true })).enabled).toBe(true);
    const actions = (await db.auditLog.findMany({ where: { entityId: source.id }, orderBy: { at: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["integration.create", "integration.update", "integration.disable", "integration.enable"]);
    const missing = await rejection(() => setSourceEnabled(ctx, { id: "nope", enabled: true }));
    expect(missing.code).toBe("NOT_FOUND");
  });

  it("rotating the key stops the old one at once", async () => {
    const admin = await createTestUser("ADMIN");
    const { source, key } = await createSource(ctxOf(admin), settings());
    const rotated = await rotateSourceKey(ctxOf(admin), { id: source.id });
    expect(rotated.key).not.toBe(key);
    expect((await rejection(() => authenticateSource(key))).code).toBe("UNAUTHENTICATED");
    expect((await authenticateSource(rotated.key)).id).toBe(source.id);
  });

  it("deleting removes the source, its key and its log, with an audit row", async () => {
    const admin = await createTestUser("ADMIN");
    const { source, key } = await createSource(ctxOf(admin), settings());
    await deleteSource(ctxOf(admin), { id: source.id });
    expect(await db.integrationSource.count({ where: { id: source.id } })).toBe(0);
    expect((await rejection(() => authenticateSource(key))).code).toBe("UNAUTHENTICATED");
    expect(await db.auditLog.count({ where: { action: "integration.delete", entityId: source.id } })).toBe(1);
  });

  it("lists sources with their latest event time", async () => {
    const admin = await createTestUser("ADMIN");
    const { source } = await createSource(ctxOf(admin), settings());
    const at = new Date("2026-11-30T12:00:00Z");
    await db.integrationEvent.create({
      data: { sourceId: source.id, receivedAt: at, outcome: "ignored", detail: "x", payload: {} },
    });
    const listed = (await listSources(ctxOf(admin))).find((s) => s.id === source.id);
    expect(listed?.lastEventAt).toEqual(at);
    const { events } = await getSource(ctxOf(admin), source.id);
    expect(events).toHaveLength(1);
  });

  it("prunes event log lines past the retention, keeping newer ones", async () => {
    const admin = await createTestUser("ADMIN");
    const { source } = await createSource(ctxOf(admin), settings());
    const now = new Date("2026-11-30T12:00:00Z");
    const line = (daysAgo: number) => ({
      sourceId: source.id,
      receivedAt: new Date(now.getTime() - daysAgo * 86_400_000),
      outcome: "duplicate",
      detail: `${daysAgo} days ago`,
      payload: {},
    });
    await db.integrationEvent.createMany({ data: [line(31), line(29)] });
    expect((await pruneApiRecords(db, now, 30)).integrationEvents).toBeGreaterThanOrEqual(1);
    const left = await db.integrationEvent.findMany({ where: { sourceId: source.id } });
    expect(left.map((e) => e.detail)).toEqual(["29 days ago"]);
  });
});
