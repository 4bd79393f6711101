// Input shapes for DR tests as a commander edits one, records a run or starts a drill; shared by
// the forms, their actions and the services. Times are typed as UTC, like maintenance windows.
import { z } from "zod";
import { SEVERITIES } from "../severity";
import { utcTime } from "../status-page-input";
import { ID_MAX, optionalText, text } from "../text";
import { chooseOne } from "../vocabulary";
import { CADENCES } from "./schedule";

const blankIsMissing = (v: unknown) => (v === "" || v === null ? undefined : v);
const id = (what: string) => text(ID_MAX, { error: `${what} is required` }).min(1, `${what} is required`);

/** Minutes, or nothing when the box is left empty. */
const minutes = z.preprocess(
  blankIsMissing,
  z.coerce
    .number({ error: "Enter a whole number of minutes" })
    .int("Enter a whole number of minutes")
    .min(0, "0 or more minutes")
    .max(525_600, "At most a year in minutes")
    .optional(),
);

export const updateDrTestSchema = z.object({
  key: id("Test"),
  scenario: text(4000).default(""),
  cadence: z.enum(CADENCES, { error: chooseOne(CADENCES) }),
  method: text(200, { error: "Method is required" }).min(1, "Method is required"),
  expectedRtoMinutes: minutes,
  expectedRpoMinutes: minutes,
  successCriteria: text(4000).default(""),
  runbookId: optionalText(ID_MAX),
});
export type UpdateDrTestInput = z.infer<typeof updateDrTestSchema>;

export const CRITERION_OUTCOMES = ["met", "not_met"] as const;

// A run's facts; the test it belongs to is named beside them (a form field, or the API's path).
const runFields = z.object({
  // Finishing a drill's run (or correcting one) names it; a new run is recorded without.
  runId: optionalText(ID_MAX),
  startedAt: utcTime("start"),
  completedAt: utcTime("end"),
  actualRtoMinutes: minutes,
  actualRpoMinutes: minutes,
  runbookRunId: optionalText(ID_MAX),
  criteria: z
    .array(
      z.object({
        criterion: text(500).min(1),
        outcome: z.enum(CRITERION_OUTCOMES, { error: "Choose met or not met" }),
        note: text(1000).default(""),
      }),
    )
    .default([]),
  notes: text(4000).default(""),
});

// Judged only when both times were read: a start that is not a time is its own error, not the end's.
const endAfterStart = (r: { startedAt: unknown; completedAt: unknown }) =>
  !(r.startedAt instanceof Date && r.completedAt instanceof Date) || r.completedAt >= r.startedAt;
const endAfterStartError = { path: ["completedAt"], message: "End at or after the start" };

/** A run of a test named elsewhere (by the address it is recorded at). */
export const testRunSchema = runFields.refine(endAfterStart, endAfterStartError);

export const recordRunSchema = runFields.extend({ key: id("Test") }).refine(endAfterStart, endAfterStartError);
export type RecordRunInput = z.infer<typeof recordRunSchema>;

export const startDrillSchema = z.object({
  key: id("Test"),
  severity: z.enum(SEVERITIES, { error: chooseOne(SEVERITIES) }).default("SEV2"),
  // The component the drill takes down (its RTO clock runs on the drill's bridge).
  componentId: id("Component"),
});

/** A drill's incident title: DRILL is in the name wherever the incident is listed. */
export const drillTitle = (testName: string) => `DRILL: ${testName}`;
