import "server-only";
import { z } from "zod";
import { CADENCES } from "@/lib/domain/dr/schedule";
import { LEVELS } from "@/lib/domain/level";
import { named } from "../schema-registry";
import { nullableTime, page, time } from "./common";

// The DR programme as the API answers with it (lib/server/api/dr-json.ts builds exactly these).

const Level = named("Level", z.enum(LEVELS), "Probability, impact or mitigation priority of a risk.");
const minutes = z.number().int().nullable();
const runbook = z.object({ key: z.string(), title: z.string() }).nullable();

export const DrTestRunSummary = named(
  "DrTestRunSummary",
  z.object({
    id: z.string(),
    startedAt: time,
    completedAt: nullableTime,
    passed: z.boolean().nullable().describe("Null while a drill's run is not yet recorded."),
    drill: z.boolean(),
  }),
);

export const DrTestSummary = named(
  "DrTestSummary",
  z.object({
    key: z.string(),
    name: z.string(),
    cadence: z.enum(CADENCES),
    method: z.string(),
    expectedRtoMinutes: minutes,
    expectedRpoMinutes: minutes,
    runbook,
    nextDue: z
      .object({
        date: z.iso.date().describe("The day it is due, in Bridge's time zone."),
        overdue: z.boolean(),
        neverRun: z.boolean(),
      })
      .nullable()
      .describe("Null for a test run on demand only."),
    lastRun: DrTestRunSummary.nullable(),
  }),
);

export const DrTestPage = named("DrTestPage", page(DrTestSummary));

export const DrTest = named(
  "DrTest",
  DrTestSummary.extend({
    scenario: z.string(),
    criteria: z.array(z.string()).describe("The success criteria a recorded run gives an outcome for, in order."),
  }),
);

export const DrTestRun = named(
  "DrTestRun",
  DrTestRunSummary.extend({
    actualRtoMinutes: minutes,
    actualRpoMinutes: minutes,
    criteria: z.array(z.object({ criterion: z.string(), met: z.boolean(), note: z.string() })),
    notes: z.string(),
    incidentNumber: z.number().int().nullable().describe("The drill's incident."),
    actionItems: z.array(z.object({ id: z.string(), title: z.string(), status: z.string(), dueDate: nullableTime })),
  }),
);

export const DrTestRunPage = named("DrTestRunPage", page(DrTestRun));

export const RecordedRun = named(
  "RecordedRun",
  z.object({
    run: DrTestRun.describe("The run; a failed one carries the action items opened for its shortfalls."),
    verdict: z.object({
      passed: z.boolean(),
      shortfalls: z.array(z.object({ kind: z.enum(["rto", "rpo", "criterion"]), title: z.string() })),
    }),
  }),
);

export const Risk = named(
  "Risk",
  z.object({
    id: z.string(),
    key: z.string(),
    title: z.string(),
    probability: Level,
    impact: Level,
    mitigationPriority: Level,
    mitigation: z.string(),
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    reviewDueAt: nullableTime,
    reviewedAt: nullableTime,
    overdue: z.boolean().describe("The next review is past due."),
    updatedAt: time,
  }),
);

export const RiskPage = named("RiskPage", page(Risk));

export const Scenario = named(
  "FailureScenario",
  z.object({
    id: z.string(),
    key: z.string(),
    category: z.string(),
    name: z.string(),
    probability: Level,
    impact: Level,
    detectionTime: z.string(),
    detectionMinutes: z.number().int(),
    recoveryProcedure: z.string(),
    runbook,
  }),
);

export const ScenarioPage = named("FailureScenarioPage", page(Scenario));
