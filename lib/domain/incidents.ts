// Input shapes for incident commands; shared by forms, actions and the REST API.
import { z } from "zod";
import { STATUSES } from "./incident-status";
import { SEVERITIES } from "./severity";
import { ID_MAX, optionalText, text } from "./text";
import { chooseOne } from "./vocabulary";

const id = (what: string) => text(ID_MAX, { error: `${what} is required` }).min(1, `${what} is required`);
const severity = z.enum(SEVERITIES, { error: chooseOne(SEVERITIES) });
const optionalId = optionalText(ID_MAX);

const CURSOR = /^[ar]\.\d{1,16}\.\d{1,10}$/;
const MAX_TIME_MS = 8_640_000_000_000_000;
const MAX_INT = 2_147_483_647;
function cursorInRange(cursor: string): boolean {
  const [, ms, number] = cursor.split(".");
  return Number(ms) <= MAX_TIME_MS && Number(number) <= MAX_INT;
}

const oneOrMore = "Choose at least one affected component";

/** A person named by e-mail (alerting tools know addresses, not ids); lower-cased as stored. */
const optionalEmail = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  text(254)
    .toLowerCase()
    .pipe(z.email({ error: "Not a valid e-mail address" }))
    .optional(),
);

/**
 * Declaring an incident. The console sends component and commander ids; alerting tools may name
 * components by slug and the commander by e-mail instead. At least one component either way.
 */
export const declareSchema = z
  .object({
    title: text(200, { error: "Title is required" }).min(3, "At least 3 characters"),
    severity,
    componentIds: z.array(text(ID_MAX).min(1), { error: "Choose the affected components" }).default([]),
    componentSlugs: z
      .array(text(200, { error: "Each slug must be a string" }).min(1, "Empty slug"), {
        error: "Must be a list of component slugs",
      })
      .default([]),
    impact: text(2000).default(""),
    commanderId: optionalId,
    commanderEmail: optionalEmail,
  })
  // Checked even when other fields are wrong, so every bad field is named at once.
  .refine(
    (v) =>
      !Array.isArray(v.componentIds) ||
      !Array.isArray(v.componentSlugs) ||
      v.componentIds.length + v.componentSlugs.length > 0,
    {
      path: ["componentIds"],
      message: oneOrMore,
      when: () => true,
    },
  );
export type DeclareInput = z.infer<typeof declareSchema>;

export const changeStatusSchema = z.object({
  incidentId: id("Incident"),
  status: z.enum(STATUSES, { error: chooseOne(STATUSES) }),
  note: text(5000).default(""),
  rootCauseSummary: text(5000).optional(),
  resolutionSummary: text(5000).optional(),
});

export const changeSeveritySchema = z.object({ incidentId: id("Incident"), severity });

// The new commander by id (the console's choice) or by e-mail (the API); one of them is required.
const handoverTarget = z.object({
  commanderId: optionalId.describe("The user who takes command."),
  commanderEmail: optionalEmail.describe("Or the user's e-mail address."),
});
const namesCommander = (v: { commanderId?: string; commanderEmail?: string }) =>
  Boolean(v.commanderId || v.commanderEmail);
const commanderRequired = { path: ["commanderId"], message: "Commander is required" };
export const handoverTargetSchema = handoverTarget.refine(namesCommander, commanderRequired);
export const handoverSchema = handoverTarget
  .extend({ incidentId: id("Incident") })
  .refine(namesCommander, commanderRequired);
export const noteSchema = z.object({
  incidentId: id("Incident"),
  message: text(5000, { error: "Write a note" }).min(1, "Write a note"),
});
export const acknowledgeSchema = z.object({ incidentId: id("Incident") });

export const listIncidentsSchema = z.object({
  status: z
    .preprocess((v) => (v === "" ? undefined : v), z.enum([...STATUSES, "OPEN"]).optional())
    .describe("Only incidents in this status; OPEN means any status but RESOLVED."),
  severity: z.preprocess((v) => (v === "" ? undefined : v), severity.optional()).describe("Only this severity."),
  componentId: optionalId.describe("Only incidents affecting this component (by id)."),
  componentSlug: optionalText(200).describe("Only incidents affecting this component (by slug); unknown is 422."),
  q: optionalText(200).describe("Words in the title or impact."),
  // "a" or "r", then the last row's start (ms) and number, as the list hands it out; bounded so a
  // forged cursor is a clear error rather than a failed query.
  cursor: z
    .preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z
        .string()
        .regex(CURSOR, { message: "Not a valid page cursor", abort: true })
        .refine(cursorInRange, "Not a valid page cursor")
        .optional(),
    )
    .describe("The `nextCursor` of the previous page."),
  take: z.coerce.number().int().min(1).max(100).default(25).describe("Incidents per page (default 25, at most 100)."),
});
export type ListIncidentsInput = z.infer<typeof listIncidentsSchema>;

// A timeline page's cursor: the last event's time (ms) and id, so events at the same instant still page.
const TIMELINE_CURSOR = /^\d{1,16}\.[A-Za-z0-9_-]{1,64}$/;

export const timelineQuerySchema = z.object({
  cursor: z
    .preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z
        .string()
        .regex(TIMELINE_CURSOR, "Not a valid page cursor")
        .refine((c) => Number(c.split(".")[0]) <= MAX_TIME_MS, "Not a valid page cursor")
        .optional(),
    )
    .describe("The `nextCursor` of the previous page."),
  take: z.coerce.number().int().min(1).max(200).default(50).describe("Events per page (default 50, at most 200)."),
});
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;
