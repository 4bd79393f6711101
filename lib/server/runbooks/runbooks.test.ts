// Runbook editing and runs against a real database: a save is a new version that keeps the step
// rows runs refer to; a run's steps are recorded once each, with reasons where they are owed,
// on the incident's timeline and in the audit log; a completed run needs every step.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { declare, marker, type TestUser } from "../incidents/test-fixtures";
import { completeRunbookRun } from "./complete-run";
import { recordRunStep } from "./record-step";
import { saveRunbook } from "./save-runbook";
import { startRunbookRun } from "./start-run";

let commander: TestUser;
let responder: TestUser;
let stakeholder: TestUser;

beforeAll(async () => {
  [commander, responder, stakeholder] = await Promise.all(
    (["COMMANDER", "RESPONDER", "STAKEHOLDER"] as const).map((r) => createTestUser(r)),
  );
});

const step = (title: string, extra: Record<string, string> = {}) => ({
  title,
  description: "",
  command: "",
  expectedResult: "",
  ...extra,
});

async function newRunbook(steps = [step("Stop writes"), step("Promote replica"), step("Point traffic")]) {
  const key = marker("rb");
  const rb = await saveRunbook(ctxOf(commander), {
    key,
    title: `Fail over ${key}`,
    category: "failover",
    description: "",
    steps,
    note: "First version",
  });
  const stored = await db.runbookStep.findMany({ where: { runbookId: rb.id }, orderBy: { position: "asc" } });
  return { rb, stored };
}

describe("saving a runbook", () => {
  it("creates version 1, and each edit bumps the version with a snapshot, editor and note", async () => {
    const { rb, stored } = await newRunbook();
    expect(rb.version).toBe(1);
    const [a, b, c] = stored;
    const saved = await saveRunbook(ctxOf(commander), {
      runbookId: rb.id,
      title: rb.title,
      category: "failover",
      description: "Now with checks",
      steps: [
        { ...step("Promote replica", { command: "pg_ctl promote" }), id: b.id },
        { ...step("Stop writes"), id: a.id },
        step("Check lag"),
        { ...step("Point traffic"), id: c.id },
      ],
      note: "Promote first; check lag",
    });
    expect(saved.version).toBe(2);
    const versions = await db.runbookVersion.findMany({ where: { runbookId: rb.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.note, v.editedById])).toEqual([
      [1, "First version", commander.id],
      [2, "Promote first; check lag", commander.id],
    ]);
    expect((versions[1].steps as { title: string }[]).map((s) => s.title)).toEqual([
      "Promote replica",
      "Stop writes",
      "Check lag",
      "Point traffic",
    ]);
    const now = await db.runbookStep.findMany({ where: { runbookId: rb.id }, orderBy: { position: "asc" } });
    expect(now.map((s) => [s.position, s.title])).toEqual([
      [1, "Promote replica"],
      [2, "Stop writes"],
      [3, "Check lag"],
      [4, "Point traffic"],
    ]);
    // Same rows, changed in place.
    expect(now[0].id).toBe(b.id);
    expect(now[0].command).toBe("pg_ctl promote");
    const audit = await db.auditLog.findFirst({ where: { entityId: rb.id, action: "runbook.update" } });
    expect(audit?.actorId).toBe(commander.id);
  });

  it("keeps a removed step a run recorded (hidden), and deletes one no run recorded", async () => {
    const { rb, stored } = await newRunbook();
    const incident = await declare(commander);
    const run = await startRunbookRun(ctxOf(responder), { runbookId: rb.id, incidentId: incident.id });
    await recordRunStep(ctxOf(responder), { runId: run.id, stepId: stored[0].id, outcome: "DONE" });
    await saveRunbook(ctxOf(commander), {
      runbookId: rb.id,
      title: rb.title,
      category: "failover",
      steps: [{ ...step("Point traffic"), id: stored[2].id }],
      note: "Two steps were not needed",
    });
    const rows = await db.runbookStep.findMany({ where: { runbookId: rb.id }, orderBy: { position: "asc" } });
    expect(rows.map((s) => [s.id, s.position > 0])).toEqual([
      [stored[0].id, false],
      [stored[2].id, true],
    ]);
  });

  it("names the step whose field is wrong, and refuses a responder", async () => {
    const { rb } = await newRunbook();
    const bad = await rejection(() =>
      saveRunbook(ctxOf(commander), {
        runbookId: rb.id,
        title: rb.title,
        category: "failover",
        steps: [step("Fine"), step("")],
        note: "",
      }),
    );
    expect(bad.fieldErrors).toMatchObject({
      "steps.1.title": ["Step title is required"],
      note: ["Say what changed is required"],
    });
    expect((await rejection(() => saveRunbook(ctxOf(responder), {}))).code).toBe("FORBIDDEN");
  });
});

describe("running a runbook as a checklist", () => {
  it("records outcomes once each, with reasons, on the timeline, and completes when all have one", async () => {
    const { rb, stored } = await newRunbook();
    const incident = await declare(commander);
    const run = await startRunbookRun(ctxOf(responder), { runbookId: rb.id, incidentId: incident.id });
    const as = (u: TestUser, input: Record<string, string>) => recordRunStep(ctxOf(u), { runId: run.id, ...input });

    await as(responder, { stepId: stored[0].id, outcome: "DONE" });
    const twice = await rejection(() => as(commander, { stepId: stored[0].id, outcome: "FAILED", note: "x" }));
    expect(twice.code).toBe("CONFLICT");
    expect(twice.fieldErrors?.stepId?.[0]).toMatch(/^Already recorded as Done by /);

    expect((await rejection(() => as(responder, { stepId: stored[1].id, outcome: "SKIPPED" }))).fieldErrors).toEqual({
      note: ["Say why the step was skipped"],
    });
    expect((await rejection(() => as(responder, { stepId: stored[1].id, outcome: "FAILED" }))).fieldErrors).toEqual({
      note: ["Say what failed"],
    });
    expect((await rejection(() => as(stakeholder, { stepId: stored[1].id, outcome: "DONE" }))).code).toBe("FORBIDDEN");

    const early = await rejection(() => completeRunbookRun(ctxOf(responder), { runId: run.id }));
    expect(early.fieldErrors?.runId?.[0]).toBe(
      "Record every step first; missing: 2. Promote replica, 3. Point traffic",
    );

    await as(commander, { stepId: stored[1].id, outcome: "SKIPPED", note: "Replica already primary" });
    expect((await db.runbookRun.findUniqueOrThrow({ where: { id: run.id } })).modified).toBe(false);
    await as(responder, { stepId: stored[2].id, outcome: "DONE", changed: "Used the CLI, the console was down" });
    expect((await db.runbookRun.findUniqueOrThrow({ where: { id: run.id } })).modified).toBe(true);

    const done = await completeRunbookRun(ctxOf(responder), { runId: run.id });
    expect(done.completedAt).not.toBeNull();
    expect((await rejection(() => as(responder, { stepId: stored[2].id, outcome: "DONE" }))).code).toBe("CONFLICT");

    const timeline = await db.incidentEvent.findMany({
      where: { incidentId: incident.id, kind: "RUNBOOK_STEP" },
      orderBy: { occurredAt: "asc" },
    });
    expect(timeline.map((e) => e.message)).toEqual([
      `Runbook started: ${rb.title} (version 1)`,
      `${rb.title}, step 1 "Stop writes": Done`,
      `${rb.title}, step 2 "Promote replica": Skipped — Replica already primary`,
      `${rb.title}, step 3 "Point traffic": Done — Changed: Used the CLI, the console was down`,
      `Runbook completed: ${rb.title} (modified: the written steps needed changes)`,
    ]);
    expect(timeline[2].actorId).toBe(commander.id);
    const audit = await db.auditLog.findMany({ where: { entityId: run.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "runbook.run.start",
      "runbook.run.step",
      "runbook.run.step",
      "runbook.run.step",
      "runbook.run.complete",
    ]);
  });

  it("works the same for a DR test run", async () => {
    const { rb, stored } = await newRunbook([step("Only step")]);
    const test = await db.drTest.create({ data: { key: marker("drt"), name: "Drill", cadence: "ON_DEMAND" } });
    const testRun = await db.drTestRun.create({ data: { testId: test.id, startedAt: new Date() } });
    const run = await startRunbookRun(ctxOf(responder), { runbookId: rb.id, drTestRunId: testRun.id });
    await recordRunStep(ctxOf(responder), { runId: run.id, stepId: stored[0].id, outcome: "DONE" });
    expect((await completeRunbookRun(ctxOf(responder), { runId: run.id })).completedAt).not.toBeNull();
  });
});
