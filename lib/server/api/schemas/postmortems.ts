import "server-only";
import { z } from "zod";
import { createActionItemSchema, patchActionItemBodySchema } from "@/lib/domain/action-items";
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  KEY_TIME_KINDS,
  POSTMORTEM_STATUSES,
  SECTION_KEYS,
} from "@/lib/domain/postmortem-status";
import { named } from "../schema-registry";
import { nullableTime, page, Severity, Status, time } from "./common";

// Postmortems and action items on the wire (lib/server/api/postmortem-json.ts builds exactly these).

const url = z.url().describe("The postmortem page in the console.");

const fields = {
  id: z.string(),
  status: z.enum(POSTMORTEM_STATUSES),
  revision: z.number().int().describe("Raised each time a published postmortem is opened again."),
  author: z.string().nullable(),
  dueAt: nullableTime.describe("The incident's resolution plus the configured working days."),
  overdue: z.boolean().describe("Due and not published."),
  createdAt: time,
  publishedAt: nullableTime,
  url,
};

export const PostmortemSummary = named(
  "PostmortemSummary",
  z.object({
    ...fields,
    incident: z.object({ number: z.number().int(), title: z.string(), severity: Severity }),
  }),
);

export const PostmortemPage = named("PostmortemPage", page(PostmortemSummary));

export const Postmortem = named(
  "Postmortem",
  z.object({
    ...fields,
    incident: z.object({
      number: z.number().int(),
      title: z.string(),
      severity: Severity,
      status: Status,
      resolvedAt: nullableTime,
    }),
    sections: z
      .array(
        z.object({
          key: z.enum(SECTION_KEYS),
          body: z.string().describe("Markdown; empty until written."),
          version: z.number().int(),
          updatedAt: nullableTime,
          updatedBy: z.string().nullable(),
        }),
      )
      .describe("Every free-text section, in the document's order."),
    keyTimes: z
      .array(
        z.object({
          kind: z.enum(KEY_TIME_KINDS),
          at: nullableTime.describe("In force: the correction when there is one, else derived from the records."),
          derivedAt: nullableTime,
          corrected: z.boolean(),
          reason: z.string().nullable().describe("Why it was corrected."),
        }),
      )
      .describe("Impact started, detected, acknowledged, mitigated, resolved."),
  }),
);

export const ActionItem = named(
  "ActionItem",
  z.object({
    id: z.string(),
    postmortemId: z.string().nullable().describe("Null for an item from a failed DR test run."),
    incidentNumber: z.number().int().nullable(),
    title: z.string(),
    successCriteria: z.string(),
    status: z.enum(ACTION_ITEM_STATUSES),
    priority: z.enum(ACTION_ITEM_PRIORITIES),
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    component: z.object({ id: z.string(), name: z.string() }).nullable(),
    dueDate: z.iso.date().nullable().describe("A calendar day (UTC); overdue once it has passed."),
    overdue: z.boolean(),
    completedAt: nullableTime,
    wontDoReason: z.string().nullable(),
    createdAt: time,
  }),
);

export const ActionItemPage = named("ActionItemPage", page(ActionItem));

export const CreateActionItem = named("CreateActionItem", createActionItemSchema);
export const PatchActionItem = named("PatchActionItem", patchActionItemBodySchema);
