// Action items: the input shapes shared by forms, actions and services, and the rules of due
// dates, overdue and status changes, with time passed in.
import { z } from "zod";
import {
  ACTION_ITEM_CLOSED,
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_PRIORITY,
  ACTION_ITEM_STATUSES,
  type ActionItemPriority,
  type ActionItemStatus,
} from "./postmortem-status";
import { ID_MAX, optionalText, text } from "./text";
import { chooseOne } from "./vocabulary";

export const TITLE_MAX = 200;
export const SUCCESS_CRITERIA_MAX = 2000;
export const WONT_DO_REASON_MAX = 2000;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A due date is a calendar day (UTC), stored as its last millisecond: "due < now" then means the
 * whole day has passed, and the reminder job set for the due date fires as the day ends.
 * Null for anything that is not a real day (2026-02-30 included).
 */
export function dueDateOf(day: string): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const at = new Date(`${day}T23:59:59.999Z`);
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== day) return null;
  return at;
}

/** The calendar day (UTC, YYYY-MM-DD) of a stored due date: what a date input shows. */
export function dayOf(due: Date): string {
  return due.toISOString().slice(0, 10);
}

const empty = (v: unknown) => (v === "" || v === null ? undefined : v);

const day = z
  .string({ error: "Enter a date as YYYY-MM-DD" })
  .trim()
  .transform((v, ctx) => {
    const due = dueDateOf(v);
    if (!due) {
      ctx.addIssue({ code: "custom", message: "Enter a real date as YYYY-MM-DD" });
      return z.NEVER;
    }
    return due;
  });

const optionalDay = z.preprocess(empty, day.optional());

const id = (what: string) => text(ID_MAX, { error: `${what} is required` }).min(1, `${what} is required`);

const fields = {
  title: text(TITLE_MAX, { error: "Title is required" }).min(1, "Title is required"),
  successCriteria: text(SUCCESS_CRITERIA_MAX).default(""),
  ownerId: optionalText(ID_MAX),
  dueDate: optionalDay,
  priority: z.preprocess(
    empty,
    z.enum(ACTION_ITEM_PRIORITIES, { error: chooseOne(ACTION_ITEM_PRIORITIES) }).default("MEDIUM"),
  ),
  componentId: optionalText(ID_MAX),
};

export const createActionItemSchema = z.object({ postmortemId: id("Postmortem"), ...fields });
export type CreateActionItemInput = z.input<typeof createActionItemSchema>;

/** Every field is sent: one left out (or empty) is cleared, like an emptied form field. */
export const updateActionItemSchema = z.object({ id: id("Action item"), ...fields });
export type UpdateActionItemInput = z.input<typeof updateActionItemSchema>;

export const WONT_DO_REASON_REQUIRED = "Say why it will not be done";

const status = z.enum(ACTION_ITEM_STATUSES, { error: chooseOne(ACTION_ITEM_STATUSES) });
const wontDoReason = optionalText(WONT_DO_REASON_MAX);
// Won't do is a decision someone must be able to read back: it always carries its reason.
const wontDoHasReason = (v: { status?: ActionItemStatus; wontDoReason?: string }) =>
  v.status !== "WONT_DO" || Boolean(v.wontDoReason);
const reasonIssue = { path: ["wontDoReason"], message: WONT_DO_REASON_REQUIRED };

export const changeActionItemStatusSchema = z
  .object({ id: id("Action item"), status, wontDoReason })
  .refine(wontDoHasReason, reasonIssue);

/**
 * A change to some of an item's fields (PATCH /api/v1/action-items/{id}): a field left out keeps
 * its value, null clears the owner or the due date. Won't do needs the reason why.
 */
const patchFields = z.object({
  title: fields.title.optional(),
  ownerId: text(ID_MAX).min(1, "Name the owner by id, or send null").nullable().optional(),
  dueDate: day.nullable().optional(),
  priority: z.enum(ACTION_ITEM_PRIORITIES, { error: chooseOne(ACTION_ITEM_PRIORITIES) }).optional(),
  status: status.optional(),
  wontDoReason,
});

export const patchActionItemBodySchema = patchFields.refine(wontDoHasReason, reasonIssue);
export const patchActionItemSchema = patchFields.extend({ id: id("Action item") }).refine(wontDoHasReason, reasonIssue);

export const actionItemByIdSchema = z.object({ id: id("Action item") });

const statusList = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v.filter((s) => s !== "") : [v]),
  z.array(status),
);

/** The list's filters, as a GET form sends them (overdue is a checkbox: "1", "on" or "true"). */
export const listActionItemsSchema = z.object({
  ownerId: optionalText(ID_MAX),
  status: statusList.default([]),
  overdue: z.preprocess((v) => v === true || v === "1" || v === "on" || v === "true", z.boolean()).default(false),
  componentId: optionalText(ID_MAX),
  postmortemId: optionalText(ID_MAX),
});
export type ActionItemFilter = z.output<typeof listActionItemsSchema>;

/** The same filters, a page at a time (GET /api/v1/action-items): oldest first, after the cursor's item. */
export const actionItemPageSchema = listActionItemsSchema.extend({
  cursor: optionalText(ID_MAX).describe("The `nextCursor` of the previous page."),
  take: z.coerce.number().int().min(1).max(100).default(25).describe("Items per page (default 25, at most 100)."),
});
export type ActionItemPageQuery = z.output<typeof actionItemPageSchema>;

export function isClosed(status: ActionItemStatus): boolean {
  return ACTION_ITEM_CLOSED.includes(status);
}

/** Overdue: still open and its due day has passed. */
export function isOverdue(item: { status: ActionItemStatus; dueDate: Date | null }, now: Date): boolean {
  return !isClosed(item.status) && item.dueDate !== null && item.dueDate.getTime() < now.getTime();
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** How late an item is, in words: "Overdue by 3 days", "Overdue by 5 hours". */
export function overdueText(dueDate: Date, now: Date): string {
  const late = now.getTime() - dueDate.getTime();
  if (late >= DAY_MS) return `Overdue by ${plural(Math.floor(late / DAY_MS), "day")}`;
  if (late >= HOUR_MS) return `Overdue by ${plural(Math.floor(late / HOUR_MS), "hour")}`;
  return "Overdue by less than an hour";
}

/** A due date given now must not already have passed; an unchanged one may (the item is just late). */
export function pastDueDateError(due: Date | undefined, now: Date): string | null {
  return due && due.getTime() < now.getTime() ? "The due date has passed; choose today or a later day" : null;
}

/**
 * The fields a status change writes: done records when (kept if it was done already), anything
 * else clears it; the reason is kept only for won't do.
 */
export function statusFields(
  before: { status: ActionItemStatus; completedAt: Date | null },
  status: ActionItemStatus,
  wontDoReason: string | undefined,
  now: Date,
): { status: ActionItemStatus; completedAt: Date | null; wontDoReason: string | null } {
  return {
    status,
    completedAt: status === "DONE" ? (before.status === "DONE" && before.completedAt ? before.completedAt : now) : null,
    wontDoReason: status === "WONT_DO" ? (wontDoReason ?? null) : null,
  };
}

/** Where an item came from: a postmortem's incident, or a failed DR test run. */
export type ItemSource = { incident: { number: number; title?: string } } | { drTest: { name: string } };

/** "the postmortem of incident #7 (Slow docs)" or "the DR test run of Backup restoration". */
export function sourcePhrase(source: ItemSource): string {
  if ("drTest" in source) return `the DR test run of ${source.drTest.name}`;
  const { number, title } = source.incident;
  return `the postmortem of incident #${number}${title ? ` (${title})` : ""}`;
}

/** The text an owner receives when an item is assigned to them. */
export function assignedMessage(
  item: {
    title: string;
    dueDate: Date | null;
    priority: ActionItemPriority;
    successCriteria: string;
    link: string;
  } & ItemSource,
): { subject: string; body: string } {
  const lines = [
    `You own the action item "${item.title}" from ${sourcePhrase(item)}.`,
    item.dueDate ? `Due: ${dayOf(item.dueDate)}.` : "No due date yet.",
    `Priority: ${ACTION_ITEM_PRIORITY[item.priority].label}.`,
    ...(item.successCriteria ? [`How we will know it worked: ${item.successCriteria}`] : []),
    `Open it: ${item.link}`,
  ];
  return { subject: `Action item assigned: ${item.title}`, body: lines.join("\n") };
}

/** The text an owner receives when an open item's due day has passed. */
export function overdueMessage(item: { title: string; dueDate: Date; link: string } & ItemSource): {
  subject: string;
  body: string;
} {
  return {
    subject: `Action item overdue: ${item.title}`,
    body: [
      `The action item "${item.title}" from ${sourcePhrase(item)} was due on ${dayOf(item.dueDate)} and is not done.`,
      `Mark it done, or won't do with a reason, or give it a new due date: ${item.link}`,
    ].join("\n"),
  };
}
