import "server-only";
import { z } from "zod";
import { named } from "../schema-registry";
import { Severity, Status } from "./common";

// What Bridge POSTs to a webhook member of a stakeholder group (lib/server/jobs/handlers/deliver.ts
// builds exactly this): the rendered notification and, when it is about one, its incident.

export const WebhookNotification = named(
  "WebhookNotification",
  z.object({
    id: z.string().describe("The delivery's id; the same on every retry (also in `Idempotency-Key`)."),
    subject: z.string().describe("The notification's subject line, as the e-mail of the same message has it."),
    body: z.string().describe("The rendered plain-text message."),
    incident: z
      .object({ number: z.number().int(), title: z.string(), severity: Severity, status: Status })
      .nullable()
      .describe("The incident the message is about; null for a message about no incident (a DR test, a breach)."),
  }),
  "A notification to a stakeholder group's webhook member.",
);

export type WebhookNotification = z.infer<typeof WebhookNotification>;
