// DR tests against a real database: recording a run (a failed one opens action items), a drill
// declared through the declare path (internal audiences only, never public) and its resolution,
// and the calendar feed's address. Each test works on its own DR test rows, found by a unique key.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { drillTitle } from "@/lib/domain/dr/test-input";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { listActionItems } from "../action-items/list";
import { db } from "../db";
import { changeStatus } from "../incidents/change-status";
import { componentIds, later, marker, type TestUser } from "../incidents/test-fixtures";
import { readIncidentRow, readSummaryRows } from "../status-page/read-rows";
import { calendarFeed, calendarUrl } from "./calendar";
import { recordDrTestRun } from "./record-run";
import { startDrill } from "./start-drill";

let commander: TestUser;
let responder: TestUser;
let componentId: string;

beforeAll(async () => {
  [componentId] = await componentIds("documentation-generation");
  commander = await createTestUser("COMMANDER");
  responder = await createTestUser("RESPONDER");
});

async function drTest(options: { runbook?: boolean } = {}) {
  const key = marker("drt");
  const runbook = options.runbook
    ? await db.runbook.create({
        data: {
          key: marker("rb"),
          title: `Runbook ${key}`,
          category: "test",
          steps: { create: [{ position: 1, title: "Fail over" }] },
        },
      })
    : null;
  return db.drTest.create({
    data: {
      key,
      name: `Test ${key}`,
      cadence: "MONTHLY",
      method: "simulated_environment",
      expectedRtoMinutes: 30,
      expectedRpoMinutes: 5,
      successCriteria: "service answers\nconfigs restored",
      runbookId: runbook?.id,
    },
  });
}

const run = (key: string, extra: object = {}) => ({
  key,
  startedAt: "2026-11-30T09:00",
  completedAt: "2026-11-30T09:40",
  actualRtoMinutes: "40",
  actualRpoMinutes: "3",
  criteria: [
    { criterion: "service answers", outcome: "met", note: "" },
    { criterion: "configs restored", outcome: "not_met", note: "vault secrets missing" },
  ],
  ...extra,
});

describe("recording a run", () => {
  it("fails a run that missed its RTO and a criterion, with one action item each for the recorder, due in 14 days", async () => {
    const test = await drTest();
    const now = new Date("2026-11-30T10:00:00Z");
    const { run: recorded, verdict } = await recordDrTestRun(ctxOf(commander, now), run(test.key));
    expect(verdict.passed).toBe(false);
    expect(recorded.passed).toBe(false);
    const items = await db.actionItem.findMany({ where: { drTestRunId: recorded.id }, orderBy: { title: "asc" } });
    expect(items.map((i) => i.title)).toEqual([
      "Criterion not met: configs restored — vault secrets missing",
      "RTO missed: 40 min against 30 min",
    ]);
    expect(items.every((i) => i.ownerId === commander.id && i.postmortemId === null)).toBe(true);
    expect(items[0].dueDate?.toISOString()).toBe("2026-12-14T23:59:59.999Z");
    // The action-item list shows them, linked to the test instead of a postmortem.
    const listed = await listActionItems(ctxOf(commander, now), { ownerId: commander.id });
    const mine = listed.filter((i) => i.drTestRun?.id === recorded.id);
    expect(mine).toHaveLength(2);
    expect(mine[0].drTestRun?.test.key).toBe(test.key);
    // The owner is told in the app.
    const told = await db.delivery.findMany({
      where: { userId: commander.id, subject: { startsWith: "Action item assigned: RTO missed" } },
    });
    expect(told.some((d) => d.body.includes(`from the DR test run of ${test.name}`))).toBe(true);
  });

  it("passes a run within its objectives with every criterion met, and opens no action item", async () => {
    const test = await drTest();
    const { run: recorded } = await recordDrTestRun(
      ctxOf(commander),
      run(test.key, {
        actualRtoMinutes: "30",
        criteria: [
          { criterion: "service answers", outcome: "met", note: "" },
          { criterion: "configs restored", outcome: "met", note: "" },
        ],
      }),
    );
    expect(recorded.passed).toBe(true);
    expect(await db.actionItem.count({ where: { drTestRunId: recorded.id } })).toBe(0);
  });

  it("names the criterion without an outcome, and refuses a responder", async () => {
    const test = await drTest();
    const missing = await rejection(() =>
      recordDrTestRun(
        ctxOf(commander),
        run(test.key, { criteria: [{ criterion: "service answers", outcome: "met" }] }),
      ),
    );
    expect(missing.fieldErrors?.["criteria.1.outcome"]).toEqual(["Choose met or not met"]);
    expect((await rejection(() => recordDrTestRun(ctxOf(responder), run(test.key)))).code).toBe("FORBIDDEN");
  });
});

describe("a drill", () => {
  it("declares a drill incident that owes nothing to external groups, starts the runbook, and stays off the status page", async () => {
    const test = await drTest({ runbook: true });
    const started = await startDrill(ctxOf(commander), { key: test.key, severity: "SEV1", componentId });
    const incident = await db.incident.findUniqueOrThrow({
      where: { id: started.incident.id },
      include: { obligations: { include: { group: true } }, events: true, drTestRun: true },
    });
    expect(incident.drill).toBe(true);
    expect(incident.title).toBe(drillTitle(test.name));
    expect(incident.drTestRun?.drill).toBe(true);
    // SEV1 owes the customers a notice at once; a drill owes internal groups only.
    expect(incident.obligations.length).toBeGreaterThan(0);
    expect(incident.obligations.some((o) => o.group.external)).toBe(false);
    expect(incident.events.some((e) => e.message.startsWith("Runbook started:"))).toBe(true);
    expect(await db.runbookRun.count({ where: { drTestRunId: started.run.id, incidentId: incident.id } })).toBe(1);

    // Even an update marked published for it never reaches the status page's read model.
    await db.statusUpdate.create({
      data: {
        incidentId: incident.id,
        status: "INVESTIGATING",
        message: "drill",
        public: true,
        publishedAt: new Date(),
      },
    });
    expect(await readIncidentRow(db, incident.id)).toBeNull();
    const summary = await readSummaryRows(db, new Date());
    expect(summary.incidents.some((i) => i.id === incident.id)).toBe(false);
  });

  it("ends its run on resolution with the RTO measured from declaration to resolution", async () => {
    const test = await drTest();
    const declaredAt = new Date(Date.now() - 50 * 60_000);
    const started = await startDrill(ctxOf(commander, declaredAt), { key: test.key, componentId });
    const resolvedAt = later(declaredAt, 42);
    await changeStatus(ctxOf(commander, resolvedAt), { incidentId: started.incident.id, status: "RESOLVED" });
    const settled = await db.drTestRun.findUniqueOrThrow({ where: { id: started.run.id } });
    expect(settled.completedAt?.toISOString()).toBe(resolvedAt.toISOString());
    expect(settled.actualRtoMinutes).toBe(42);
    expect(settled.passed).toBeNull();
  });
});

describe("the calendar feed", () => {
  it("serves the holder of the signed address, and nobody with a changed one", async () => {
    const test = await drTest();
    const token = calendarUrl(commander.id)
      .split("/")
      .pop()!
      .replace(/\.ics$/, "");
    const body = await calendarFeed(token, new Date());
    expect(body).toContain("BEGIN:VCALENDAR\r\n");
    expect(body).toContain(`SUMMARY:DR test due: ${test.name}`);
    expect(await calendarFeed(`${token.slice(0, -2)}xx`, new Date())).toBeNull();
    expect(await calendarFeed(token.replace(commander.id, responder.id), new Date())).toBeNull();
  });
});
