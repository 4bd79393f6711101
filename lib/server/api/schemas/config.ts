import "server-only";
import { z } from "zod";
import { MEMBER_KINDS } from "@/lib/domain/matrix-input";
import { named } from "../schema-registry";
import { page, Severity } from "./common";

// Escalation policies and the notification matrix as the API answers with them
// (lib/server/api/config-json.ts builds exactly these). Webhook secrets are never part of them.

const target = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("USER"), userId: z.string(), label: z.string().describe("The person's name.") }),
  z.object({ kind: z.literal("EMAIL"), email: z.string(), label: z.string() }),
]);

export const EscalationPolicy = named(
  "EscalationPolicy",
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    isDefault: z.boolean(),
    repeatCount: z.number().int(),
    version: z.number().int().describe("Raised by every save; an incident keeps the version it was declared under."),
    levels: z.array(
      z.object({
        id: z.string().describe("Send it back in a PUT to keep the level (and the pages that point at it)."),
        name: z.string(),
        roleLabel: z.string(),
        escalateAfterMinutes: z.number().int(),
        targets: z.array(target),
      }),
    ),
  }),
);

export const EscalationPolicyPage = named("EscalationPolicyPage", page(EscalationPolicy));

export const NotificationRule = named(
  "NotificationRule",
  z.object({
    id: z.string(),
    severity: Severity,
    withinMinutes: z.number().int().describe("Minutes after declaration the group must be told by."),
    group: z.object({ id: z.string(), key: z.string(), name: z.string() }),
    template: z.object({ id: z.string(), key: z.string(), name: z.string() }).nullable(),
    autoSend: z.boolean().describe("Sent by Bridge itself; otherwise the commander is reminded."),
  }),
);

const member = z.object({
  id: z.string(),
  kind: z.enum(MEMBER_KINDS),
  label: z.string(),
  user: z.object({ name: z.string(), email: z.string() }).nullable(),
  email: z.string().nullable(),
  webhookUrl: z.string().nullable().describe("Only admins see the whole address; others its scheme and host."),
  webhookTimeoutMs: z.number().int().nullable(),
});

export const NotificationMatrix = named(
  "NotificationMatrix",
  z.object({
    groups: z.array(
      z.object({
        id: z.string(),
        key: z.string(),
        name: z.string(),
        description: z.string(),
        external: z.boolean(),
        members: z
          .array(member)
          .nullable()
          .describe("Null for stakeholders, who see who is told but not the addresses."),
        rules: z.array(NotificationRule.omit({ group: true })),
      }),
    ),
  }),
);
