import "server-only";
import { z } from "zod";
import { OUTCOMES } from "@/lib/domain/integrations/vocabulary";
import { named } from "../schema-registry";

// What the inbound alert endpoints answer (lib/server/api/endpoints/integrations.ts builds exactly this).

export const AlertOutcome = named(
  "AlertOutcome",
  z.enum(OUTCOMES),
  "What Bridge did with an alert: declared an incident, joined its group's open incident, absorbed a duplicate, updated, acknowledged, resolved, ignored it (nothing known), or rejected it.",
);

export const AlertmanagerReceipt = named(
  "AlertmanagerReceipt",
  z.object({
    received: z.number().int().describe("Alerts in the payload."),
    outcomes: z.array(
      z.object({
        fingerprint: z.string(),
        outcome: AlertOutcome,
        incident: z
          .object({ number: z.number().int(), url: z.url() })
          .nullable()
          .describe("The incident the alert opened or belongs to; null when ignored."),
      }),
    ),
  }),
);

export const EventReceipt = named(
  "EventReceipt",
  z.object({
    status: z.literal("success"),
    message: z.string().describe("What Bridge did, in words."),
    dedup_key: z.string().describe("The alert's key: the one sent, or the one Bridge made for a trigger without one."),
  }),
  "The Events API v2 answer, as PagerDuty gives it.",
);
