// The risk register and failure scenarios as a DR manager edits them: who may, what is refused
// (named by field), and the audit row each change leaves.
import { beforeAll, describe, expect, it } from "vitest";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { db } from "../db";
import { linkScenarioRunbook } from "../scenarios/link-runbook";
import { deleteRisk } from "./delete-risk";
import { listRisks } from "./list-risks";
import { reviewRisk } from "./review-risk";
import { saveRisk } from "./save-risk";

type User = Awaited<ReturnType<typeof createTestUser>>;
const T0 = new Date("2026-11-15T12:00:00Z");
const RISK = {
  title: "Object storage bucket deleted",
  probability: "LOW",
  impact: "CRITICAL",
  mitigationPriority: "HIGH",
  mitigation: "Versioning and a second-region copy",
  reviewDueAt: "2026-11-01",
};

describe("risk register", () => {
  let commander: User, responder: User;
  beforeAll(async () => {
    [commander, responder] = await Promise.all([createTestUser("COMMANDER"), createTestUser("RESPONDER")]);
  });

  it("a commander adds and edits a risk with an owner; both audited", async () => {
    const ctx = ctxOf(commander, T0);
    const risk = await saveRisk(ctx, { ...RISK, ownerId: commander.id });
    expect(risk).toMatchObject({ title: RISK.title, impact: "CRITICAL", ownerId: commander.id });
    expect(risk.reviewDueAt?.toISOString()).toBe("2026-11-01T23:59:59.999Z");
    const edited = await saveRisk(ctx, { ...RISK, id: risk.id, probability: "MEDIUM", ownerId: "" });
    expect(edited).toMatchObject({ probability: "MEDIUM", ownerId: null });
    const audits = await db.auditLog.findMany({
      where: { entityType: "Risk", entityId: risk.id },
      orderBy: { at: "asc" },
    });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ["risk.create", commander.id],
      ["risk.update", commander.id],
    ]);
    expect(audits[1].before).toMatchObject({ probability: "LOW" });
  });

  it("flags an overdue review, counts it, and places the risk on the heat map", async () => {
    const risk = await saveRisk(ctxOf(commander, T0), { ...RISK, title: "Heat map risk", probability: "HIGH" });
    const list = await listRisks(ctxOf(responder, T0));
    expect(list.risks.find((r) => r.id === risk.id)?.overdue).toBe(true);
    expect(list.overdue).toBeGreaterThanOrEqual(1);
    const cell = list.heatMap.flat().find((c) => c.probability === "HIGH" && c.impact === "CRITICAL");
    expect(cell?.count).toBeGreaterThanOrEqual(1);
  });

  it("marks a risk reviewed now with its next review due; audited as a review", async () => {
    const risk = await saveRisk(ctxOf(commander, T0), { ...RISK, title: "Review me" });
    const reviewed = await reviewRisk(ctxOf(commander, T0), { id: risk.id, nextReviewDueAt: "2027-02-13" });
    expect(reviewed.reviewedAt).toEqual(T0);
    expect(reviewed.reviewDueAt?.toISOString()).toBe("2027-02-13T23:59:59.999Z");
    const list = await listRisks(ctxOf(commander, T0));
    expect(list.risks.find((r) => r.id === risk.id)?.overdue).toBe(false);
    expect(
      await db.auditLog.count({ where: { action: "risk.review", entityId: risk.id, actorId: commander.id } }),
    ).toBe(1);
  });

  it("refuses a responder, and names bad fields", async () => {
    const risk = await saveRisk(ctxOf(commander, T0), RISK);
    for (const attempt of [
      () => saveRisk(ctxOf(responder, T0), RISK),
      () => reviewRisk(ctxOf(responder, T0), { id: risk.id, nextReviewDueAt: "2027-01-01" }),
      () => deleteRisk(ctxOf(responder, T0), { id: risk.id }),
    ])
      expect((await rejection(attempt)).code).toBe("FORBIDDEN");
    const bad = await rejection(() =>
      saveRisk(ctxOf(commander, T0), { ...RISK, title: "", impact: "ENORMOUS", reviewDueAt: "soon" }),
    );
    expect(bad).toMatchObject({
      code: "VALIDATION",
      fieldErrors: {
        title: ["Title is required"],
        impact: ["Choose LOW, MEDIUM, HIGH or CRITICAL"],
        reviewDueAt: ["Enter a date as YYYY-MM-DD"],
      },
    });
    const owner = await rejection(() => saveRisk(ctxOf(commander, T0), { ...RISK, ownerId: "nobody" }));
    expect(owner.fieldErrors).toEqual({ ownerId: ["Choose an active user"] });
    const past = await rejection(() =>
      reviewRisk(ctxOf(commander, T0), { id: risk.id, nextReviewDueAt: "2026-11-14" }),
    );
    expect(past.fieldErrors).toEqual({ nextReviewDueAt: ["Choose a date after today"] });
    expect(await db.auditLog.count({ where: { entityId: risk.id, actorId: responder.id } })).toBe(0);
  });

  it("deletes a risk; the audit row keeps what it was", async () => {
    const risk = await saveRisk(ctxOf(commander, T0), { ...RISK, title: "Short-lived risk" });
    await deleteRisk(ctxOf(commander, T0), { id: risk.id });
    expect(await db.risk.findUnique({ where: { id: risk.id } })).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "risk.delete", entityId: risk.id } });
    expect(audit.before).toMatchObject({ title: "Short-lived risk" });
    expect((await rejection(() => deleteRisk(ctxOf(commander, T0), { id: risk.id }))).code).toBe("NOT_FOUND");
  });

  it("links a runbook to a failure scenario and unlinks it; audited; an unknown runbook is refused", async () => {
    const scenario = await db.failureScenario.findUniqueOrThrow({ where: { key: "container_registry_down" } });
    const runbook = await db.runbook.findFirstOrThrow();
    const ctx = ctxOf(commander, T0);
    expect((await linkScenarioRunbook(ctx, { id: scenario.id, runbookId: runbook.id })).runbookId).toBe(runbook.id);
    expect((await linkScenarioRunbook(ctx, { id: scenario.id, runbookId: "" })).runbookId).toBeNull();
    expect(await db.auditLog.count({ where: { action: "scenario.runbook", entityId: scenario.id } })).toBe(2);
    const unknown = await rejection(() => linkScenarioRunbook(ctx, { id: scenario.id, runbookId: "nope" }));
    expect(unknown.fieldErrors).toEqual({ runbookId: ["Choose a runbook from the list"] });
    expect((await rejection(() => linkScenarioRunbook(ctxOf(responder, T0), { id: scenario.id }))).code).toBe(
      "FORBIDDEN",
    );
  });
});
