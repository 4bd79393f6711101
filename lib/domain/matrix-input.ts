// Input shapes for editing the notification matrix, stakeholder groups and their members;
// shared by the /matrix forms, their actions and any API.
import { z } from "zod";
import { SEVERITIES } from "./severity";
import { ID_MAX, text } from "./text";

/** The plan's notification windows, in minutes after declaration. */
export const WINDOW_PRESETS = [0, 15, 30, 60, 120, 480] as const;
/** A custom deadline may be up to one week. */
export const MAX_WINDOW_MINUTES = 10_080;

const id = (label: string) => text(ID_MAX, { error: `${label} is required` }).min(1, `${label} is required`);

// An empty box is not "0 minutes" (Immediate): it is a missing answer.
const blankToNaN = (v: unknown) => (typeof v === "string" && v.trim() === "" ? Number.NaN : v);

export const withinMinutesSchema = z
  .preprocess(blankToNaN, z.coerce.number({ error: "Enter a number of minutes" }))
  .refine(Number.isInteger, "Enter whole minutes")
  .refine((n) => n >= 0 && n <= MAX_WINDOW_MINUTES, `Between 0 and ${MAX_WINDOW_MINUTES} minutes (one week)`);

const severity = z.enum(SEVERITIES, { error: `Choose one of ${SEVERITIES.join(", ")}` });
const templateId = text(ID_MAX).min(1).nullable();
const autoSend = z.boolean({ error: "Choose Automatic or Remind commander" });

export const addRuleSchema = z.object({
  severity,
  withinMinutes: withinMinutesSchema,
  groupId: id("Group"),
  templateId: templateId.default(null),
  autoSend: autoSend.default(false),
});
export type AddRuleInput = z.infer<typeof addRuleSchema>;

const ruleChanges = {
  withinMinutes: withinMinutesSchema.optional(),
  templateId: templateId.optional(),
  autoSend: autoSend.optional(),
};
const changesSomething = (v: { withinMinutes?: number; templateId?: string | null; autoSend?: boolean }) =>
  v.withinMinutes !== undefined || v.templateId !== undefined || v.autoSend !== undefined;
const nothingToChange = { message: "Nothing to change", path: ["_form"] };

/** The changes to a rule named elsewhere (by the address they are sent to). */
export const ruleChangeSchema = z.object(ruleChanges).refine(changesSomething, nothingToChange);

export const updateRuleSchema = z.object({ id: id("Rule"), ...ruleChanges }).refine(changesSomething, nothingToChange);
export type UpdateRuleInput = z.infer<typeof updateRuleSchema>;

export const byIdSchema = z.object({ id: id("Id") });

const groupName = text(120, { error: "Name is required" }).min(1, "Name is required");
const description = text(500);

export const createGroupSchema = z.object({
  key: text(60, { error: "Key is required" })
    .min(1, "Key is required")
    .regex(/^[a-z][a-z0-9_]*$/, "Lower-case letters, digits and _, starting with a letter (e.g. customer_success)"),
  name: groupName,
  description: description.default(""),
});
export type CreateGroupInput = z.infer<typeof createGroupSchema>;

export const updateGroupSchema = z.object({ id: id("Group"), name: groupName, description: description.optional() });
export type UpdateGroupInput = z.infer<typeof updateGroupSchema>;

export const MEMBER_KINDS = ["USER", "EMAIL", "WEBHOOK"] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];
export const MEMBER_KIND_LABEL: Record<MemberKind, string> = {
  USER: "Bridge user",
  EMAIL: "E-mail address",
  WEBHOOK: "Webhook",
};

export const emailSchema = text(254, { error: "Enter a valid e-mail address" })
  .toLowerCase()
  .pipe(z.email("Enter a valid e-mail address"));

const webhookUrl = text(2000, { error: "Enter an http:// or https:// URL" }).pipe(
  z.url({ protocol: /^https?$/, error: "Enter an http:// or https:// URL" }),
);

/** Bounds of a webhook's own timeout; the same bounds as WEBHOOK_TIMEOUT_MS. */
export const WEBHOOK_TIMEOUT_MIN_MS = 100;
export const WEBHOOK_TIMEOUT_MAX_MS = 60_000;

// A blank box means "the default" (null), not zero.
export const webhookTimeoutMsSchema = z
  .preprocess(
    (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v),
    z.coerce.number({ error: "Enter a number of milliseconds" }).nullable(),
  )
  .refine((n) => n === null || Number.isInteger(n), { error: "Enter whole milliseconds", abort: true })
  .refine(
    (n) => n === null || (n >= WEBHOOK_TIMEOUT_MIN_MS && n <= WEBHOOK_TIMEOUT_MAX_MS),
    `Between ${WEBHOOK_TIMEOUT_MIN_MS} and ${WEBHOOK_TIMEOUT_MAX_MS} ms, or blank for the default`,
  );

export const setWebhookTimeoutSchema = z.object({ id: id("Member"), webhookTimeoutMs: webhookTimeoutMsSchema });
export type SetWebhookTimeoutInput = z.infer<typeof setWebhookTimeoutSchema>;

const memberBase = { groupId: id("Group"), label: text(120).default("") };

export const addMemberSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ ...memberBase, kind: z.literal("USER"), userId: id("User") }),
    z.object({ ...memberBase, kind: z.literal("EMAIL"), email: emailSchema }),
    z.object({ ...memberBase, kind: z.literal("WEBHOOK"), webhookUrl, webhookTimeoutMs: webhookTimeoutMsSchema }),
  ],
  { error: "Choose a user, an e-mail address or a webhook" },
);
export type AddMemberInput = z.infer<typeof addMemberSchema>;

/** What is written to the audit log instead of a webhook secret. */
export const SECRET_MASK = "(hidden)";
