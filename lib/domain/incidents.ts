// Input shapes for incident commands; shared by forms, actions and the REST API.
import { z } from "zod";
import { STATUSES } from "./incident-status";
import { SEVERITIES } from "./severity";
import { chooseOne } from "./vocabulary";

const id = (what: string) => z.string({ error: `${what} is required` }).trim().min(1, `${what} is required`);
const severity = z.enum(SEVERITIES, { error: chooseOne(SEVERITIES) });
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().trim().min(1).optional());

export const declareSchema = z.object({
  title: z.string({ error: "Title is required" }).trim().min(3, "At least 3 characters").max(200, "At most 200 characters"),
  severity,
  componentIds: z.array(z.string().min(1), { error: "Choose the affected components" }).min(1, "Choose at least one affected component"),
  impact: z.string().trim().max(2000, "At most 2000 characters").default(""),
  commanderId: optionalId,
});
export type DeclareInput = z.infer<typeof declareSchema>;

export const changeStatusSchema = z.object({
  incidentId: id("Incident"),
  status: z.enum(STATUSES, { error: chooseOne(STATUSES) }),
  note: z.string().trim().max(5000).default(""),
  rootCauseSummary: z.string().trim().max(5000).optional(),
  resolutionSummary: z.string().trim().max(5000).optional(),
});

export const changeSeveritySchema = z.object({ incidentId: id("Incident"), severity });
export const handoverSchema = z.object({ incidentId: id("Incident"), commanderId: id("Commander") });
export const noteSchema = z.object({
  incidentId: id("Incident"),
  message: z.string({ error: "Write a note" }).trim().min(1, "Write a note").max(5000, "At most 5000 characters"),
});
export const acknowledgeSchema = z.object({ incidentId: id("Incident") });

export const listIncidentsSchema = z.object({
  status: z.preprocess((v) => (v === "" ? undefined : v), z.enum([...STATUSES, "OPEN"]).optional()),
  severity: z.preprocess((v) => (v === "" ? undefined : v), severity.optional()),
  componentId: optionalId,
  q: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(200).optional()),
  cursor: optionalId,
  take: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListIncidentsInput = z.infer<typeof listIncidentsSchema>;
