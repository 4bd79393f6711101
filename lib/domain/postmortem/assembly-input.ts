// The inputs of the timeline, key-time and plan-note forms, shared by the forms' actions and the
// services. Times arrive as ISO strings: the browser turns what the author typed in their own
// zone into one, so the server never guesses a zone.
import { z } from "zod";
import { KEY_TIME_KINDS, TIMELINE_MARKS } from "../postmortem-status";
import { ID_MAX, text } from "../text";
import { ROW_KEY } from "./plan-vs-reality";

export const ENTRY_TEXT_MAX = 2000;
export const REASON_MAX = 500;
export const PLAN_NOTE_MAX = 2000;

const id = (label: string) => text(ID_MAX, { error: `${label} is required` }).min(1, `${label} is required`);
const blankIsMissing = (v: unknown) => (v === "" || v === null ? undefined : v);

/** A moment as an ISO string (or a Date from other callers); the message names what to type. */
const moment = (label: string) =>
  z.preprocess(
    (v) => (v instanceof Date ? v.toISOString() : v),
    text(40, { error: `${label} is required` })
      .min(1, { message: `${label} is required`, abort: true })
      .refine((v) => !Number.isNaN(Date.parse(v)), `Enter ${label.toLowerCase()} as a date and a time`)
      .transform((v) => new Date(v)),
  );

/** "" is "no mark"; absent is "leave it as it is". */
const mark = z.preprocess(
  (v) => (v === "" ? null : v),
  z.enum(TIMELINE_MARKS, { error: "Choose a mark from the list" }).nullable().optional(),
);

const flag = z.preprocess(
  (v) => (v === "true" ? true : v === "false" ? false : v),
  z.boolean({ error: "Say yes or no" }).optional(),
);

export const postmortemRefSchema = z.object({ postmortemId: id("Postmortem") });

export const editTimelineEntrySchema = z.object({
  entryId: id("Timeline entry"),
  text: text(ENTRY_TEXT_MAX, { error: "Text is required" }).min(1, "Text is required").optional(),
  mark,
  hidden: flag,
});
export type EditTimelineEntryInput = z.infer<typeof editTimelineEntrySchema>;

export const addTimelineEntrySchema = z.object({
  postmortemId: id("Postmortem"),
  occurredAt: moment("Time"),
  text: text(ENTRY_TEXT_MAX, { error: "Text is required" }).min(1, "Text is required"),
  mark,
});

export const removeTimelineEntrySchema = z.object({ entryId: id("Timeline entry") });

/** A correction needs the new time and why; clearing one needs neither. */
export const correctKeyTimeSchema = z
  .object({
    postmortemId: id("Postmortem"),
    kind: z.enum(KEY_TIME_KINDS, { error: "Choose which time to correct" }),
    at: z.preprocess(blankIsMissing, moment("Time").optional()),
    reason: z.preprocess(blankIsMissing, text(REASON_MAX).optional()),
    clear: flag,
  })
  // Checked even when other fields are wrong, so both missing fields are named at once.
  .refine((v) => v.clear === true || Boolean(v.at), { path: ["at"], message: "Time is required", when: () => true })
  .refine((v) => v.clear === true || Boolean(v.reason), {
    path: ["reason"],
    message: "Say why the recorded time is wrong",
    when: () => true,
  });

export const savePlanNoteSchema = z.object({
  postmortemId: id("Postmortem"),
  rowKey: text(120, { error: "Row is required" }).regex(ROW_KEY, "Not a row of plan vs. reality"),
  comment: z.preprocess((v) => v ?? "", text(PLAN_NOTE_MAX)),
});
