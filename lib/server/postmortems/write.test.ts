// Starting a postmortem and saving its sections against a real database: one postmortem per
// incident, stale saves answered with both texts, revisions that read as edits, and no change to
// a published postmortem or by a read-only role.
import { beforeAll, describe, expect, it } from "vitest";
import { SECTION_KEYS } from "@/lib/domain/postmortem-status";
import { postmortemDueAt } from "@/lib/domain/postmortem/due";
import { REVISION_COALESCE_MS } from "@/lib/domain/postmortem/write";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { declare, users, type TestUser } from "../incidents/test-fixtures";
import { saveSection, SectionConflictError } from "./save-section";
import { startPostmortem } from "./start";
import { resolvedIncident } from "./write-test-fixtures";

let author: TestUser;
let other: TestUser;
let stakeholder: TestUser;

beforeAll(async () => {
  [author, other, stakeholder] = await users("COMMANDER", "RESPONDER", "STAKEHOLDER");
  await db.user.update({ where: { id: other.id }, data: { name: "Rita Responder" } });
});

const auditOf = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { at: "asc" } });

async function started() {
  const incident = await resolvedIncident(author);
  const { postmortem } = await startPostmortem(ctxOf(author), { incidentId: incident.id });
  return { incident, postmortem };
}

describe("startPostmortem", () => {
  it("creates a draft with every section empty at version 0, due after the working days, audited", async () => {
    const incident = await resolvedIncident(author);
    const { postmortem, created } = await startPostmortem(ctxOf(author), { incidentId: incident.id });
    expect(created).toBe(true);
    expect(postmortem).toMatchObject({
      incidentId: incident.id,
      status: "DRAFT",
      authorId: author.id,
      dueAt: postmortemDueAt(incident.resolvedAt, env.BRIDGE_POSTMORTEM_DUE_WORKING_DAYS),
    });
    const sections = await db.postmortemSection.findMany({ where: { postmortemId: postmortem.id } });
    expect(sections.map((s) => [s.key, s.body, s.version]).sort()).toEqual(
      [...SECTION_KEYS].sort().map((key) => [key, "", 0]),
    );
    expect((await auditOf(postmortem.id)).map((a) => [a.action, a.actorId])).toEqual([["postmortem.start", author.id]]);
  });

  it("returns the existing postmortem instead of a second one, also when started twice at once", async () => {
    const incident = await resolvedIncident(author);
    const [a, b] = await Promise.all([
      startPostmortem(ctxOf(author), { incidentId: incident.id }),
      startPostmortem(ctxOf(other), { incidentId: incident.id }),
    ]);
    expect(a.postmortem.id).toBe(b.postmortem.id);
    const again = await startPostmortem(ctxOf(other), { incidentId: incident.id });
    expect(again).toMatchObject({ created: false, postmortem: { id: a.postmortem.id } });
    expect(await db.postmortem.count({ where: { incidentId: incident.id } })).toBe(1);
    expect(await db.postmortemSection.count({ where: { postmortemId: a.postmortem.id } })).toBe(SECTION_KEYS.length);
  });

  it("refuses an incident that is not resolved, naming incidentId, and a stakeholder", async () => {
    const open = await declare(author);
    const error = await rejection(() => startPostmortem(ctxOf(author), { incidentId: open.id }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { incidentId: [expect.any(String)] } });
    expect(await db.postmortem.count({ where: { incidentId: open.id } })).toBe(0);

    const incident = await resolvedIncident(author);
    const denied = await rejection(() => startPostmortem(ctxOf(stakeholder), { incidentId: incident.id }));
    expect(denied.code).toBe("FORBIDDEN");
    const missing = await rejection(() => startPostmortem(ctxOf(author), { incidentId: "nope" }));
    expect(missing).toMatchObject({ code: "NOT_FOUND", fieldErrors: { incidentId: ["No such incident"] } });
  });
});

describe("saveSection", () => {
  it("saves the text as the next version with who saved it, a revision and an audit row without the text", async () => {
    const { postmortem } = await started();
    const saved = await saveSection(ctxOf(author), {
      postmortemId: postmortem.id,
      key: "SUMMARY",
      body: "The docs were down.\r\n",
      baseVersion: 0,
    });
    expect(saved).toMatchObject({ key: "SUMMARY", version: 1, body: "The docs were down.\n" });
    const section = await db.postmortemSection.findUniqueOrThrow({
      where: { postmortemId_key: { postmortemId: postmortem.id, key: "SUMMARY" } },
      include: { revisions: true },
    });
    expect(section).toMatchObject({ body: "The docs were down.\n", version: 1, updatedById: author.id });
    expect(section.revisions.map((r) => [r.version, r.body, r.authorId])).toEqual([
      [1, "The docs were down.\n", author.id],
    ]);
    const [audit] = await auditOf(section.id);
    expect(audit).toMatchObject({
      action: "postmortem.section.save",
      actorId: author.id,
      before: { key: "SUMMARY", version: 0 },
      after: { key: "SUMMARY", version: 1 },
    });
    expect(JSON.stringify(audit.after)).not.toContain("docs were down");
  });

  it("answers a save based on an old version with CONFLICT on body, both texts, and keeps theirs", async () => {
    const { postmortem } = await started();
    const base = { postmortemId: postmortem.id, key: "ROOT_CAUSE" };
    const at = new Date();
    await saveSection(ctxOf(other, at), { ...base, body: "A full disk.", baseVersion: 0 });
    const error = await rejection(() => saveSection(ctxOf(author), { ...base, body: "A bad deploy.", baseVersion: 0 }));
    expect(error).toBeInstanceOf(SectionConflictError);
    const conflict = error as SectionConflictError;
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.fieldErrors.body?.[0]).toMatch(/Rita Responder saved a newer version \(1\)/);
    expect(conflict.theirs).toMatchObject({ body: "A full disk.", version: 1, by: "Rita Responder" });
    expect(new Date(conflict.theirs.at).getTime()).toBeGreaterThan(0);
    expect(conflict.yours).toBe("A bad deploy.");

    const section = await db.postmortemSection.findUniqueOrThrow({
      where: { postmortemId_key: { postmortemId: postmortem.id, key: "ROOT_CAUSE" } },
    });
    expect(section).toMatchObject({ body: "A full disk.", version: 1 });

    // "Keep mine": the same text, now based on their version.
    const kept = await saveSection(ctxOf(author), { ...base, body: "A bad deploy.", baseVersion: 1 });
    expect(kept.version).toBe(2);
  });

  it("lets exactly one of two saves on the same version win; the other hears of the winner's text", async () => {
    const { postmortem } = await started();
    const base = { postmortemId: postmortem.id, key: "CONTRIBUTING_FACTORS", baseVersion: 0 };
    const outcomes = await Promise.allSettled([
      saveSection(ctxOf(author), { ...base, body: "Mine" }),
      saveSection(ctxOf(other), { ...base, body: "Theirs" }),
    ]);
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const conflict = lost[0].reason as SectionConflictError;
    expect(conflict).toBeInstanceOf(SectionConflictError);
    const section = await db.postmortemSection.findUniqueOrThrow({
      where: { postmortemId_key: { postmortemId: postmortem.id, key: "CONTRIBUTING_FACTORS" } },
    });
    expect(section.version).toBe(1);
    expect(conflict.theirs.body).toBe(section.body);
    expect(conflict.yours).not.toBe(section.body);
  });

  it("amends one person's revision within the window, and starts a new one after it or for someone else", async () => {
    const { postmortem } = await started();
    const base = { postmortemId: postmortem.id, key: "LESSONS_LEARNED" };
    const t0 = new Date(Date.now() - 3 * REVISION_COALESCE_MS);
    const at = (ms: number) => new Date(t0.getTime() + ms);
    await saveSection(ctxOf(author, at(0)), { ...base, body: "A", baseVersion: 0 });
    await saveSection(ctxOf(author, at(60_000)), { ...base, body: "AB", baseVersion: 1 });
    await saveSection(ctxOf(author, at(120_000)), { ...base, body: "ABC", baseVersion: 2 });
    // Ten minutes after the last save: a new revision.
    await saveSection(ctxOf(author, at(120_000 + REVISION_COALESCE_MS)), { ...base, body: "ABCD", baseVersion: 3 });
    // Someone else, a second later: their own revision.
    await saveSection(ctxOf(other, at(121_000 + REVISION_COALESCE_MS)), { ...base, body: "ABCDE", baseVersion: 4 });
    // The first person again, right after: not folded into the other's.
    await saveSection(ctxOf(author, at(122_000 + REVISION_COALESCE_MS)), { ...base, body: "ABCDEF", baseVersion: 5 });

    const section = await db.postmortemSection.findUniqueOrThrow({
      where: { postmortemId_key: { postmortemId: postmortem.id, key: "LESSONS_LEARNED" } },
      include: { revisions: { orderBy: { createdAt: "asc" } } },
    });
    expect(section.version).toBe(6);
    expect(section.revisions.map((r) => [r.version, r.body, r.authorId])).toEqual([
      [3, "ABC", author.id],
      [4, "ABCD", author.id],
      [5, "ABCDE", other.id],
      [6, "ABCDEF", author.id],
    ]);
    expect(section.revisions[0].createdAt).toEqual(at(120_000));
    // Every save is audited, amended or not.
    expect((await auditOf(section.id)).length).toBe(6);
  });

  it("refuses any save once the postmortem is published, and changes nothing", async () => {
    const { postmortem } = await started();
    await db.postmortem.update({
      where: { id: postmortem.id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    const error = await rejection(() =>
      saveSection(ctxOf(author), { postmortemId: postmortem.id, key: "SUMMARY", body: "Late edit", baseVersion: 0 }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", fieldErrors: { postmortemId: [expect.any(String)] } });
    expect(error.message).toMatch(/read-only/);
    const section = await db.postmortemSection.findUniqueOrThrow({
      where: { postmortemId_key: { postmortemId: postmortem.id, key: "SUMMARY" } },
    });
    expect(section).toMatchObject({ body: "", version: 0 });
  });

  it("refuses a stakeholder, and bad input on the field it concerns", async () => {
    const { postmortem } = await started();
    const denied = await rejection(() =>
      saveSection(ctxOf(stakeholder), { postmortemId: postmortem.id, key: "SUMMARY", body: "x", baseVersion: 0 }),
    );
    expect(denied.code).toBe("FORBIDDEN");
    const bad = await rejection(() =>
      saveSection(ctxOf(author), { postmortemId: postmortem.id, key: "TIMELINE", body: "x", baseVersion: 0 }),
    );
    expect(bad).toMatchObject({ code: "VALIDATION", fieldErrors: { key: [expect.any(String)] } });
    const long = await rejection(() =>
      saveSection(ctxOf(author), {
        postmortemId: postmortem.id,
        key: "SUMMARY",
        body: "x".repeat(100_001),
        baseVersion: 0,
      }),
    );
    expect(long.fieldErrors?.body?.[0]).toMatch(/^At most 100,000 characters/);
    expect(await db.postmortemSectionRevision.count({ where: { section: { postmortemId: postmortem.id } } })).toBe(0);
  });

  it("creates a section missing from an older postmortem on its first save", async () => {
    const { postmortem } = await started();
    await db.postmortemSection.deleteMany({ where: { postmortemId: postmortem.id, key: "PROCESS_IMPROVEMENTS" } });
    const saved = await saveSection(ctxOf(author), {
      postmortemId: postmortem.id,
      key: "PROCESS_IMPROVEMENTS",
      body: "Test failover monthly.",
      baseVersion: 0,
    });
    expect(saved.version).toBe(1);
  });
});
