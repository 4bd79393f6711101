// The DR test endpoints through their real route handlers: the schedule, one test, its runs, and
// recording a run (verdict and action items) with a dr:write token, and who is refused.
import { describe, expect, it } from "vitest";
import { GET as scenariosRoute } from "@/app/api/v1/dr/scenarios/route";
import { GET as testRoute } from "@/app/api/v1/dr/tests/[key]/route";
import { GET as runsRoute, POST as recordRoute } from "@/app/api/v1/dr/tests/[key]/runs/route";
import { GET as testsRoute } from "@/app/api/v1/dr/tests/route";
import { db } from "@/lib/server/db";
import { invalidFields, none, problem, request, tokenWith, withParams } from "./test-fixtures";

const BASE = "http://localhost:3000/api/v1/dr";

async function drTest() {
  const key = `api_drt_${Math.random().toString(36).slice(2, 10)}`;
  return db.drTest.create({
    data: {
      key,
      name: `Test ${key}`,
      cadence: "QUARTERLY",
      method: "simulated_environment",
      expectedRtoMinutes: 30,
      expectedRpoMinutes: 5,
      successCriteria: "service answers\nconfigs restored",
    },
  });
}

const failedRun = {
  startedAt: "2026-11-30T09:00:00Z",
  completedAt: "2026-11-30T09:40:00Z",
  actualRtoMinutes: 40,
  actualRpoMinutes: 3,
  criteria: [
    { criterion: "service answers", outcome: "met" },
    { criterion: "configs restored", outcome: "not_met", note: "vault secrets missing" },
  ],
  notes: "Restore from the nightly copy",
};

const passedRun = {
  ...failedRun,
  actualRtoMinutes: 20,
  criteria: failedRun.criteria.map((c) => ({ ...c, outcome: "met" })),
};

const record = (key: string, secret: string, body: unknown) =>
  recordRoute(request(`${BASE}/tests/${key}/runs`, secret, { body }), withParams({ key }));

describe("GET /api/v1/dr/tests and /{key}", () => {
  it("lists each test with cadence, next due day and last run, a page at a time", async () => {
    const test = await drTest();
    const { secret } = await tokenWith(["dr:read"]);
    const response = await testsRoute(request(`${BASE}/tests?take=100`, secret), none);
    expect(response.status).toBe(200);
    const page = await response.json();
    expect(page.items.find((t: { key: string }) => t.key === test.key)).toEqual({
      key: test.key,
      name: test.name,
      cadence: "QUARTERLY",
      method: "simulated_environment",
      expectedRtoMinutes: 30,
      expectedRpoMinutes: 5,
      runbook: null,
      nextDue: { date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), overdue: true, neverRun: true },
      lastRun: null,
    });

    const first = await (await testsRoute(request(`${BASE}/tests?take=1`, secret), none)).json();
    expect(first.items).toHaveLength(1);
    const second = await (
      await testsRoute(request(`${BASE}/tests?take=1&cursor=${first.nextCursor}`, secret), none)
    ).json();
    expect(second.items[0].key).not.toBe(first.items[0].key);
    expect(await invalidFields(await testsRoute(request(`${BASE}/tests?cursor=nope`, secret), none))).toEqual([
      "cursor",
    ]);
  });

  it("reads one test with its criteria; an unknown key is 404; a token without dr:read is 403", async () => {
    const test = await drTest();
    const { secret } = await tokenWith(["dr:write"]);
    const one = await testRoute(request(`${BASE}/tests/${test.key}`, secret), withParams({ key: test.key }));
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ key: test.key, criteria: ["service answers", "configs restored"] });
    await problem(await testRoute(request(`${BASE}/tests/nope`, secret), withParams({ key: "nope" })), 404);
    // A NUL cannot reach PostgreSQL (the query would fail): it names no test, and is no cursor.
    await problem(await testRoute(request(`${BASE}/tests/%00`, secret), withParams({ key: "\u0000" })), 404);
    expect(
      await invalidFields(
        await runsRoute(request(`${BASE}/tests/${test.key}/runs?cursor=%00`, secret), withParams({ key: test.key })),
      ),
    ).toEqual(["cursor"]);

    const other = await tokenWith(["config:read"]);
    await problem(await testsRoute(request(`${BASE}/tests`, other.secret), none), 403);
    await problem(
      await testRoute(request(`${BASE}/tests/${test.key}`, other.secret), withParams({ key: test.key })),
      403,
    );
  });
});

describe("POST /api/v1/dr/tests/{key}/runs", () => {
  it("records a failed run: 201 with the verdict and its action items, audited as the token", async () => {
    const test = await drTest();
    const { secret, token } = await tokenWith(["dr:write"]);
    const response = await record(test.key, secret, failedRun);
    expect(response.status).toBe(201);
    const { run, verdict } = await response.json();
    expect(verdict).toEqual({
      passed: false,
      shortfalls: [
        { kind: "rto", title: "RTO missed: 40 min against 30 min" },
        { kind: "criterion", title: "Criterion not met: configs restored — vault secrets missing" },
      ],
    });
    expect(run).toMatchObject({
      passed: false,
      startedAt: "2026-11-30T09:00:00.000Z",
      actualRtoMinutes: 40,
      notes: "Restore from the nightly copy",
      incidentNumber: null,
      criteria: [
        { criterion: "service answers", met: true, note: "" },
        { criterion: "configs restored", met: false, note: "vault secrets missing" },
      ],
    });
    expect(run.actionItems.map((a: { title: string; status: string }) => [a.title, a.status]).sort()).toEqual([
      ["Criterion not met: configs restored — vault secrets missing", "OPEN"],
      ["RTO missed: 40 min against 30 min", "OPEN"],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "dr.test.run.record", entityId: run.id } });
    expect(audit).toMatchObject({ actorLabel: `token ${token.name}`, actorId: null });

    const passed = await (await record(test.key, secret, passedRun)).json();
    expect(passed.verdict).toEqual({ passed: true, shortfalls: [] });
    expect(passed.run.actionItems).toEqual([]);

    const list = await runsRoute(
      request(`${BASE}/tests/${test.key}/runs?take=1`, secret),
      withParams({ key: test.key }),
    );
    expect(list.status).toBe(200);
    const page = await list.json();
    expect(page.items.map((r: { id: string }) => r.id)).toEqual([passed.run.id]);
    const next = await (
      await runsRoute(
        request(`${BASE}/tests/${test.key}/runs?take=1&cursor=${page.nextCursor}`, secret),
        withParams({ key: test.key }),
      )
    ).json();
    expect(next).toMatchObject({ items: [{ id: run.id, actionItems: expect.any(Array) }], nextCursor: null });

    const reading = await tokenWith(["dr:read"]);
    expect(
      (await runsRoute(request(`${BASE}/tests/${test.key}/runs`, reading.secret), withParams({ key: test.key })))
        .status,
    ).toBe(200);
  });

  it("finishes a drill's run once; recording it again is 409", async () => {
    const test = await drTest();
    const drill = await db.drTestRun.create({
      data: { testId: test.id, startedAt: new Date("2026-11-30T09:00:00Z"), drill: true },
    });
    const { secret } = await tokenWith(["dr:write"]);
    const first = await record(test.key, secret, { ...passedRun, runId: drill.id });
    expect(first.status).toBe(201);
    expect((await first.json()).run).toMatchObject({ id: drill.id, drill: true, passed: true });
    const again = await problem(await record(test.key, secret, { ...passedRun, runId: drill.id }), 409);
    expect(Object.keys(again.errors)).toEqual(["runId"]);
  });

  it("records a run once for a retry with the same Idempotency-Key", async () => {
    const test = await drTest();
    const { secret } = await tokenWith(["dr:write"]);
    const send = () =>
      recordRoute(
        request(`${BASE}/tests/${test.key}/runs`, secret, {
          body: passedRun,
          headers: { "idempotency-key": `run-${test.key}` },
        }),
        withParams({ key: test.key }),
      );
    const first = await send();
    expect(first.status).toBe(201);
    const retry = await send();
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect((await retry.json()).run.id).toBe((await first.json()).run.id);
    expect(await db.drTestRun.count({ where: { testId: test.id } })).toBe(1);
  });

  it("refuses a read-only token and a creator who may not record; records nothing", async () => {
    const test = await drTest();
    const reader = await tokenWith(["dr:read"]);
    expect((await problem(await record(test.key, reader.secret, passedRun), 403)).detail).toContain("dr:write");
    for (const role of ["RESPONDER", "STAKEHOLDER"] as const) {
      const { secret } = await tokenWith(["dr:write"], { role });
      await problem(await record(test.key, secret, passedRun), 403);
    }
    expect(await db.drTestRun.count({ where: { testId: test.id } })).toBe(0);
  });

  it("names bad fields (422) and answers 404 for an unknown test", async () => {
    const test = await drTest();
    const { secret } = await tokenWith(["dr:write"]);
    expect(
      await invalidFields(
        await record(test.key, secret, { ...passedRun, startedAt: "yesterday", actualRtoMinutes: -1 }),
      ),
    ).toEqual(["actualRtoMinutes", "startedAt"]);
    expect(
      await invalidFields(await record(test.key, secret, { ...passedRun, completedAt: "2026-11-30T08:00:00Z" })),
    ).toEqual(["completedAt"]);
    expect(
      await invalidFields(await record(test.key, secret, { ...passedRun, criteria: passedRun.criteria.slice(0, 1) })),
    ).toEqual(["criteria.1.outcome"]);
    await problem(await record("no_such_test", secret, passedRun), 404);
    await problem(
      await runsRoute(request(`${BASE}/tests/no_such_test/runs`, secret), withParams({ key: "no_such_test" })),
      404,
    );
    expect(await db.drTestRun.count({ where: { testId: test.id } })).toBe(0);
  });
});

describe("GET /api/v1/dr/scenarios", () => {
  it("lists the failure scenarios with their runbooks to a dr:read token, and no one else", async () => {
    const { secret } = await tokenWith(["dr:read"]);
    const response = await scenariosRoute(request(`${BASE}/scenarios?take=100`, secret), none);
    expect(response.status).toBe(200);
    const { items } = await response.json();
    const scenario = await db.failureScenario.findUniqueOrThrow({ where: { key: "container_registry_down" } });
    expect(items.find((s: { key: string }) => s.key === scenario.key)).toMatchObject({
      id: scenario.id,
      name: scenario.name,
      probability: scenario.probability,
      detectionMinutes: scenario.detectionMinutes,
    });
    const other = await tokenWith(["incidents:read"]);
    await problem(await scenariosRoute(request(`${BASE}/scenarios`, other.secret), none), 403);
  });
});
