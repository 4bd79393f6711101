import "server-only";
import { z } from "zod";
import { STATUSES } from "@/lib/domain/incident-status";
import { named } from "../schema-registry";
import { nullableTime, page, Severity, Status, time } from "./common";

// The incident as the API answers with it (lib/server/api/read-incident.ts builds exactly this).

const url = z.url().describe("The incident page in the console.");

export const IncidentSummary = named(
  "IncidentSummary",
  z.object({
    number: z.number().int(),
    title: z.string(),
    severity: Severity,
    status: Status,
    impact: z.string(),
    commander: z.object({ name: z.string() }).nullable(),
    startedAt: time,
    acknowledgedAt: nullableTime,
    resolvedAt: nullableTime,
    url,
  }),
);

export const IncidentPage = named("IncidentPage", page(IncidentSummary));

export const TimelineEvent = named(
  "TimelineEvent",
  z.object({
    kind: z.string().describe("What happened: DECLARED, ACKNOWLEDGED, STATUS_CHANGED, NOTE, …"),
    message: z.string(),
    actor: z.string().describe("Who acted: a person's name, `token <name>`, or the system."),
    occurredAt: time,
  }),
);

export const TimelinePage = named("TimelinePage", page(TimelineEvent));

export const NoteCreated = named(
  "NoteCreated",
  z.object({ number: z.number().int(), message: z.string(), at: time.describe("When it was added") }),
);

export const Incident = named(
  "Incident",
  z.object({
    id: z.string(),
    number: z.number().int(),
    title: z.string(),
    severity: Severity,
    status: Status,
    impact: z.string(),
    commander: z
      .object({ name: z.string(), email: z.string().optional().describe("Only for callers allowed internal reads.") })
      .nullable(),
    components: z.array(
      z.object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
        rtoMinutes: z.number().int(),
        restoredAt: nullableTime,
      }),
    ),
    startedAt: time,
    detectedAt: time,
    acknowledgedAt: nullableTime,
    mitigatedAt: nullableTime,
    resolvedAt: nullableTime,
    statusUpdates: z.array(
      z.object({ status: z.enum(STATUSES), message: z.string(), nextUpdateAt: nullableTime, publishedAt: time }),
    ),
    timeline: z
      .array(TimelineEvent)
      .optional()
      .describe("Only for callers allowed internal reads (responders and above, and tokens with incidents:read)."),
    url,
  }),
);
