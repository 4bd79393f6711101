// The template editor's services against a real database: every save is a numbered version with
// its author, an unknown placeholder is refused on its field, restores and archives are audited,
// and only admins change anything.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { declare } from "../incidents/test-fixtures";
import { archiveTemplate } from "./archive-template";
import { createTemplate } from "./create-template";
import { getTemplate } from "./get-template";
import { listVersions } from "./list-versions";
import { previewSamples } from "./preview-samples";
import { restoreVersion } from "./restore-version";
import { saveTemplate } from "./save-template";
import { suggestForState } from "./suggest-for-state";
import { unarchiveTemplate } from "./unarchive-template";

const key = () => `t_${randomUUID().slice(0, 8)}`;
const fields = {
  name: "Customer heads-up",
  description: "For customer success",
  state: "IDENTIFIED",
  audience: "STAKEHOLDERS",
  subject: "{service_name}: cause found",
  body: "Impact: {impact_description}\nNext update: {next_update_time}",
  shortText: "{service_name}: cause found",
};

afterEach(() => db.communicationTemplate.deleteMany({ where: { key: { startsWith: "t_" } } }));

const auditOf = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { at: "asc" } });

async function created() {
  const admin = await createTestUser("ADMIN");
  const template = await createTemplate(ctxOf(admin), { ...fields, key: key() });
  return { admin, template };
}

describe("createTemplate and saveTemplate", () => {
  it("writes version 1, then each save as the next version with who and when, audited", async () => {
    const { admin, template } = await created();
    const saved = await saveTemplate(ctxOf(admin), {
      ...fields,
      id: template.id,
      baseVersion: 1,
      name: "Customer update",
      body: "Impact: {impact_description}\nRoot cause: {root_cause_summary}",
    });
    expect(saved.version).toMatchObject({ version: 2, createdById: admin.id, restoredFrom: null });
    expect(saved.template).toMatchObject({ currentVersion: 2, name: "Customer update" });

    const versions = await listVersions(ctxOf(admin), template.key);
    expect(versions.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(versions[0].author).toBe(admin.name);
    const body = versions[0].diffs.find((d) => d.field === "body")!;
    expect(body.lines).toEqual([
      { kind: "same", text: "Impact: {impact_description}" },
      { kind: "removed", text: "Next update: {next_update_time}" },
      { kind: "added", text: "Root cause: {root_cause_summary}" },
    ]);

    const audit = await auditOf(template.id);
    expect(audit.map((a) => a.action)).toEqual(["template.create", "template.save"]);
    expect(audit[1]).toMatchObject({ actorId: admin.id });
    expect(audit[1].before).toMatchObject({ currentVersion: 1, body: fields.body });
    expect(audit[1].after).toMatchObject({ currentVersion: 2, name: "Customer update" });
  });

  it("refuses an unknown placeholder next to its field, listing the known ones, and writes nothing", async () => {
    const { admin, template } = await created();
    const error = await rejection(() =>
      saveTemplate(ctxOf(admin), { ...fields, id: template.id, body: "Hello {customer_name}" }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["body"]);
    expect(error.fieldErrors?.body[0]).toMatch(/^Unknown placeholder \{customer_name\}\. Known: .*\{service_name\}/);
    expect(await db.templateVersion.count({ where: { templateId: template.id } })).toBe(1);
    expect((await auditOf(template.id)).length).toBe(1);
  });

  it("refuses a save over a version saved meanwhile, and a taken key", async () => {
    const { admin, template } = await created();
    await saveTemplate(ctxOf(admin), { ...fields, id: template.id, baseVersion: 1 });
    const stale = await rejection(() => saveTemplate(ctxOf(admin), { ...fields, id: template.id, baseVersion: 1 }));
    expect(stale.code).toBe("CONFLICT");
    const taken = await rejection(() => createTemplate(ctxOf(admin), { ...fields, key: template.key }));
    expect(taken).toMatchObject({ code: "CONFLICT", fieldErrors: { key: ["Already in use"] } });
  });

  it("numbers concurrent saves one after the other", async () => {
    const { admin, template } = await created();
    const saves = await Promise.all(
      [1, 2, 3].map((n) => saveTemplate(ctxOf(admin), { ...fields, id: template.id, subject: `Try ${n}` })),
    );
    expect(saves.map((s) => s.version.version).sort()).toEqual([2, 3, 4]);
    expect((await db.communicationTemplate.findUniqueOrThrow({ where: { id: template.id } })).currentVersion).toBe(4);
  });
});

describe("restoreVersion", () => {
  it("makes an old version current as a new version that names it", async () => {
    const { admin, template } = await created();
    await saveTemplate(ctxOf(admin), { ...fields, id: template.id, subject: "Changed", shortText: "" });
    const restored = await restoreVersion(ctxOf(admin), { id: template.id, version: 1 });
    expect(restored).toMatchObject({
      version: 3,
      restoredFrom: 1,
      subject: fields.subject,
      shortText: fields.shortText,
      createdById: admin.id,
    });
    const audit = await auditOf(template.id);
    expect(audit.at(-1)).toMatchObject({ action: "template.restore", after: { currentVersion: 3, restoredFrom: 1 } });
    const missing = await rejection(() => restoreVersion(ctxOf(admin), { id: template.id, version: 9 }));
    expect(missing).toMatchObject({ code: "NOT_FOUND", fieldErrors: { version: ["No such version"] } });
  });
});

describe("archiving and suggestions", () => {
  it("suggests the seeded templates for a state, current version first by audience", async () => {
    const admin = await createTestUser("ADMIN");
    const investigating = await suggestForState(ctxOf(admin), { state: "INVESTIGATING" });
    expect(investigating.map((t) => [t.key, t.audience])).toEqual([
      ["status_investigating", "PUBLIC"],
      ["initial_notification", "STAKEHOLDERS"],
    ]);
    expect(investigating[0]).toMatchObject({ version: 1, subject: "{service_name}: investigating a disruption" });
    const resolved = await suggestForState(ctxOf(admin), { state: "RESOLVED", audience: "STAKEHOLDERS" });
    expect(resolved.map((t) => t.key)).toEqual(["resolution_notification"]);
    const maintenance = await suggestForState(ctxOf(admin), { state: "MAINTENANCE", audience: "PUBLIC" });
    expect(maintenance.map((t) => t.key)).toEqual(["maintenance_scheduled"]);
    expect((await rejection(() => suggestForState(ctxOf(admin), { state: "LATER" }))).code).toBe("VALIDATION");
  });

  it("hides an archived template from suggestions until it is brought back, keeping its versions", async () => {
    const { admin, template } = await created();
    const keys = async () => (await suggestForState(ctxOf(admin), { state: "IDENTIFIED" })).map((t) => t.key);
    expect(await keys()).toContain(template.key);
    const archived = await archiveTemplate(ctxOf(admin), { id: template.id });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(await keys()).not.toContain(template.key);
    expect(await db.templateVersion.count({ where: { templateId: template.id } })).toBe(1);
    await unarchiveTemplate(ctxOf(admin), { id: template.id });
    expect(await keys()).toContain(template.key);
    expect((await auditOf(template.id)).map((a) => a.action)).toEqual([
      "template.create",
      "template.archive",
      "template.unarchive",
    ]);
  });
});

describe("roles", () => {
  it.each(["COMMANDER", "RESPONDER", "STAKEHOLDER"] as const)("refuses every change by a %s", async (role) => {
    const { template } = await created();
    const actor = ctxOf(await createTestUser(role));
    const attempts = [
      () => createTemplate(actor, { ...fields, key: key() }),
      () => saveTemplate(actor, { ...fields, id: template.id }),
      () => restoreVersion(actor, { id: template.id, version: 1 }),
      () => archiveTemplate(actor, { id: template.id }),
      () => unarchiveTemplate(actor, { id: template.id }),
    ];
    for (const attempt of attempts) expect((await rejection(attempt)).code).toBe("FORBIDDEN");
    expect(await db.templateVersion.count({ where: { templateId: template.id } })).toBe(1);
    expect((await auditOf(template.id)).length).toBe(1);
    // Reading stays open to every role.
    expect((await getTemplate(actor, template.key)).current).toMatchObject({ version: 1, subject: fields.subject });
    expect(await listVersions(actor, template.key)).toHaveLength(1);
  });
});

describe("previewSamples", () => {
  it("offers the asked incident first, then recent ones, then a sample; an open incident lacks its resolution", async () => {
    const commander = await createTestUser("COMMANDER");
    const asked = await declare(commander, { impact: "Slow builds" });
    await declare(commander);
    const samples = await previewSamples(ctxOf(commander), asked.number);
    expect(samples[0].label).toBe(`incident #${asked.number} (investigating)`);
    expect(samples[0].values).toMatchObject({ impact_description: "Slow builds", status: "INVESTIGATING" });
    expect(samples[0].values).not.toHaveProperty("resolution_time");
    expect(samples.filter((s) => s.label === samples[0].label)).toHaveLength(1);
    expect(samples.at(-1)?.label).toBe("a sample incident");
  });
});
