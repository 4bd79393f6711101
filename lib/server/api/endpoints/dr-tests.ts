import "server-only";
import { z } from "zod";
import { testRunSchema } from "@/lib/domain/dr/test-input";
import { DomainError } from "@/lib/domain/errors";
import { ID_MAX, text } from "@/lib/domain/text";
import { getDrTest, listTestSchedule } from "../../dr/tests";
import { recordDrTestRun } from "../../dr/record-run";
import { listScenarios } from "../../scenarios/list-scenarios";
import { scenarioJson, testJson, testSummaryJson } from "../dr-json";
import { listDrRuns, readDrRun } from "../dr-runs";
import { endpoint } from "../endpoint";
import { pageOf } from "../page-of";
import { pageQuery } from "../schemas/common";
import { DrTest, DrTestPage, DrTestRunPage, RecordedRun, ScenarioPage } from "../schemas/dr";

// DR tests (their schedule, runs and recording a run) and the failure scenarios they exercise.

const tag = "Disaster recovery";
// text() refuses control characters, which PostgreSQL cannot compare: such a key names no test.
const keyParams = z.object({ key: text(ID_MAX).min(1).describe("The DR test's key, e.g. `configuration_restore`.") });
const listQuery = z.object(pageQuery);
// A run's cursor is looked up in the database, so it is held to the same rule.
const runsQuery = z.object({
  ...pageQuery,
  cursor: text(ID_MAX)
    .optional()
    .describe(pageQuery.cursor.description ?? ""),
});

export const listDrTests = endpoint({
  method: "GET",
  path: "/api/v1/dr/tests",
  operationId: "listDrTests",
  summary: "List DR tests",
  description: "Each test with its cadence, the day its next run is due (overdue flagged) and its last run.",
  tag,
  scope: "dr:read",
  query: listQuery,
  responses: { 200: { description: "A page of DR tests", schema: DrTestPage } },
  handler: async (ctx, { query }) => ({
    body: pageOf((await listTestSchedule(ctx)).map(testSummaryJson), (t) => t.key, query),
  }),
});

export const getDrTestByKey = endpoint({
  method: "GET",
  path: "/api/v1/dr/tests/{key}",
  operationId: "getDrTest",
  summary: "Read one DR test",
  description: "With its scenario and the success criteria a recorded run gives an outcome for.",
  tag,
  scope: "dr:read",
  params: keyParams,
  errors: [404],
  responses: { 200: { description: "The DR test", schema: DrTest } },
  handler: async (ctx, { params }) => {
    const test = await getDrTest(ctx, params.key);
    if (!test) throw new DomainError("NOT_FOUND", `There is no DR test ${params.key}.`);
    return { body: testJson(test) };
  },
});

export const listDrTestRuns = endpoint({
  method: "GET",
  path: "/api/v1/dr/tests/{key}/runs",
  operationId: "listDrTestRuns",
  summary: "List a DR test's runs",
  description: "Newest first, each with its criteria outcomes and the action items it opened.",
  tag,
  scope: "dr:read",
  params: keyParams,
  query: runsQuery,
  errors: [404],
  responses: { 200: { description: "A page of runs", schema: DrTestRunPage } },
  handler: async (ctx, { params, query }) => ({ body: await listDrRuns(ctx, params.key, query) }),
});

export const recordDrTestRunByKey = endpoint({
  method: "POST",
  path: "/api/v1/dr/tests/{key}/runs",
  operationId: "recordDrTestRun",
  summary: "Record a DR test run",
  description:
    "Times are UTC. Give every success criterion of the test an outcome (`met` or `not_met`). The verdict " +
    "compares the measured RTO and RPO with the test's objectives; a failed run opens one action item per " +
    "shortfall. Name `runId` to record a drill's run; a run already recorded is 409.",
  tag,
  scope: "dr:write",
  params: keyParams,
  body: testRunSchema,
  errors: [404, 409],
  responses: { 201: { description: "Recorded", schema: RecordedRun } },
  handler: async (ctx, { params, raw }) => {
    const { run, verdict } = await recordDrTestRun(ctx, { ...(raw as object), key: params.key });
    return { status: 201, body: { run: await readDrRun(run.id), verdict } };
  },
});

export const listDrScenarios = endpoint({
  method: "GET",
  path: "/api/v1/dr/scenarios",
  operationId: "listDrScenarios",
  summary: "List failure scenarios",
  description: "The failure mode analysis: each scenario's likelihood, impact, detection and recovery runbook.",
  tag,
  scope: "dr:read",
  query: listQuery,
  responses: { 200: { description: "A page of failure scenarios", schema: ScenarioPage } },
  handler: async (ctx, { query }) => ({
    body: pageOf((await listScenarios(ctx)).scenarios.map(scenarioJson), (s) => s.id, query),
  }),
});
