// The Events API v2 (PagerDuty-compatible): trigger, acknowledge and resolve by dedup_key.
import { z } from "zod";

export const EVENT_ACTIONS = ["trigger", "acknowledge", "resolve"] as const;
export const EVENT_SEVERITIES = ["critical", "error", "warning", "info"] as const;

const payload = z.object({
  summary: z.string({ error: "payload.summary is required" }).trim().min(1, "Write a summary").max(1024),
  source: z.string({ error: "payload.source is required" }).trim().min(1, "Name the source").max(255),
  severity: z.enum(EVENT_SEVERITIES, { error: "Must be critical, error, warning or info" }),
  timestamp: z.iso.datetime({ offset: true }).optional(),
  component: z.string().max(255).optional(),
  group: z.string().max(255).optional(),
  class: z.string().max(255).optional(),
  custom_details: z.unknown().optional(),
});

export const eventSchema = z
  .object({
    routing_key: z.string().max(200).optional(),
    event_action: z.enum(EVENT_ACTIONS, { error: "Must be trigger, acknowledge or resolve" }),
    dedup_key: z.string().trim().min(1, "Must not be empty").max(255).optional(),
    payload: payload.optional(),
    links: z
      .array(z.object({ href: z.string().max(4000), text: z.string().max(1000).optional() }))
      .max(50)
      .optional(),
    images: z.array(z.unknown()).max(50).optional(),
    client: z.string().max(255).optional(),
    client_url: z.string().max(4000).optional(),
  })
  // A trigger describes the problem; acknowledge and resolve only name the alert they close.
  .superRefine((event, issue) => {
    if (event.event_action === "trigger" && !event.payload)
      issue.addIssue({ code: "custom", path: ["payload"], message: "A trigger needs a payload" });
    if (event.event_action !== "trigger" && !event.dedup_key)
      issue.addIssue({ code: "custom", path: ["dedup_key"], message: `${event.event_action} needs the dedup_key` });
  });
export type EventInput = z.infer<typeof eventSchema>;
