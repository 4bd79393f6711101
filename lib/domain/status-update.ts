// "Post an update" from the incident page: the one input shape shared by the dialog, its server
// action and the service, and the pure rules around it (the next-update promise, what is left
// unfilled, and how a sent update's deliveries add up per audience).
import { z } from "zod";
import { COMPONENT_STATES } from "./component-state";
import { STATUSES } from "./incident-status";
import { placeholders } from "./templates";
import { ID_MAX, optionalText, text } from "./text";
import { chooseOne } from "./vocabulary";

/** How soon the next update is promised; "none" only once resolved, or when nobody can promise. */
export const NEXT_UPDATE_CHOICES = ["15", "30", "60", "custom", "none"] as const;
export type NextUpdateChoice = (typeof NEXT_UPDATE_CHOICES)[number];
export const NEXT_UPDATE_LABEL: Record<NextUpdateChoice, string> = {
  "15": "15 min",
  "30": "30 min",
  "60": "1 hour",
  custom: "Custom",
  none: "No promise",
};
export const MAX_PROMISE_MINUTES = 24 * 60;

/** A client-made id for one press of "Send": the update's own id, so a second press sends nothing more. */
export const UPDATE_KEY = /^[A-Za-z0-9_-]{16,64}$/;

export const TEXT_LIMITS = { message: 5000, subject: 300, body: 20_000, shortText: 1000, publicTitle: 200 } as const;

const required = (max: number, what: string) =>
  text(max, { error: `${what} is required` }).min(1, `${what} is required`);
const checked = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

// Text fields a rendered template fills; a `{placeholder}` left in one means a value was missing.
const RENDERED_FIELDS = ["message", "subject", "body", "shortText"] as const;

export const postUpdateSchema = z
  .object({
    key: z.string({ error: "Reload the page and try again" }).regex(UPDATE_KEY, "Reload the page and try again"),
    incidentId: required(ID_MAX, "Incident"),
    templateId: optionalText(ID_MAX),
    templateVersion: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.coerce.number().int().min(1).optional(),
    ),
    status: z.enum(STATUSES, { error: chooseOne(STATUSES) }),
    message: required(TEXT_LIMITS.message, "The public text"),
    subject: text(TEXT_LIMITS.subject).default(""),
    body: text(TEXT_LIMITS.body).default(""),
    shortText: text(TEXT_LIMITS.shortText).default(""),
    groupIds: z.array(required(ID_MAX, "Group")).max(100).default([]),
    public: checked.default(false),
    notifySubscribers: checked.default(false),
    publicTitle: optionalText(TEXT_LIMITS.publicTitle),
    componentStates: z
      .record(text(ID_MAX), z.enum(COMPONENT_STATES, { error: chooseOne(COMPONENT_STATES) }))
      .default({}),
    nextUpdate: z.enum(NEXT_UPDATE_CHOICES, { error: "Choose when the next update comes" }),
    customMinutes: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.coerce
        .number({ error: "A number of minutes" })
        .int("Whole minutes")
        .min(1, "At least 1 minute")
        .max(MAX_PROMISE_MINUTES, `At most ${MAX_PROMISE_MINUTES} minutes`)
        .optional(),
    ),
  })
  // Rules across fields, checked once each field is well-formed on its own.
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!Array.isArray(v.groupIds)) return;
    if (v.groupIds.length === 0 && !v.public) issue("audiences", "Choose at least one audience");
    if (v.notifySubscribers && !v.public) issue("notifySubscribers", "Subscribers hear only what is public");
    if (v.groupIds.length > 0) {
      if (!v.subject) issue("subject", "The e-mail subject is required");
      if (!v.body) issue("body", "The e-mail body is required");
    }
    for (const field of RENDERED_FIELDS) {
      const left = typeof v[field] === "string" ? unfilled(v[field]) : [];
      if (left.length) issue(field, `Fill in ${left.map((p) => `{${p}}`).join(", ")} before sending`);
    }
    if (v.status === "RESOLVED" && v.nextUpdate !== "none" && v.nextUpdate !== undefined)
      issue("nextUpdate", "A resolved incident promises no next update");
    if (v.nextUpdate === "custom" && v.customMinutes === undefined) issue("customMinutes", "How many minutes?");
  });
export type PostUpdateInput = z.input<typeof postUpdateSchema>;
export type PostUpdate = z.output<typeof postUpdateSchema>;

/** Placeholders still in a text: values the incident did not have, which must never go out blank. */
export function unfilled(textValue: string): string[] {
  return placeholders(textValue);
}

/** When the promised next update is due, or null for no promise. */
export function promisedAt(choice: NextUpdateChoice, customMinutes: number | undefined, now: Date): Date | null {
  if (choice === "none") return null;
  const minutes = choice === "custom" ? (customMinutes ?? 0) : Number(choice);
  return minutes > 0 ? new Date(now.getTime() + minutes * 60_000) : null;
}

/** Whole minutes a promise is overdue at `now` (0 while it is not due). */
export function overdueMinutes(due: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - due.getTime()) / 60_000));
}

/** Key prefix of an update's deliveries to one matrix group; the audience is read back from it. */
export const updateDeliveryPrefix = (updateId: string, groupId: string) => `update:${updateId}:g:${groupId}`;

export type AudienceCounts = { sent: number; failed: number; pending: number };
type DeliveryRow = { idempotencyKey: string; status: string; subscriberId?: string | null };

/**
 * Per audience (each matrix group by id, and "subscribers"), how many of an update's deliveries
 * were sent, failed (retrying or given up) or are still pending.
 */
export function audienceCounts(updateId: string, deliveries: DeliveryRow[]): Map<string, AudienceCounts> {
  const counts = new Map<string, AudienceCounts>();
  const groupPrefix = `update:${updateId}:g:`;
  for (const d of deliveries) {
    const audience = d.subscriberId
      ? "subscribers"
      : d.idempotencyKey.startsWith(groupPrefix)
        ? d.idempotencyKey.slice(groupPrefix.length).split(":")[0]
        : null;
    if (!audience) continue;
    const c = counts.get(audience) ?? { sent: 0, failed: 0, pending: 0 };
    if (d.status === "SENT") c.sent++;
    else if (d.status === "FAILED" || d.status === "DEAD") c.failed++;
    else c.pending++;
    counts.set(audience, c);
  }
  return counts;
}

/** The timeline's one line about a posted update: what went where, in counts (never addresses). */
export function postedSummary(parts: {
  status: string;
  published: boolean;
  subscribers: boolean;
  groups: { name: string; messages: number }[];
  nextUpdateAt: Date | null;
}): string {
  const where = [
    ...(parts.published ? ["status page"] : []),
    ...(parts.subscribers ? ["subscribers"] : []),
    ...parts.groups.map((g) => `${g.name} (${g.messages} message${g.messages === 1 ? "" : "s"})`),
  ];
  const next = parts.nextUpdateAt ? `; next update by ${parts.nextUpdateAt.toISOString().slice(11, 16)} UTC` : "";
  return `Update (${parts.status}) posted to ${where.join(", ") || "nobody"}${parts.published ? "" : " — not public"}${next}`;
}

/** The public face of an incident, set from the incident page before or after its first publish. */
export const publicDetailsSchema = z.object({
  incidentId: required(ID_MAX, "Incident"),
  publicTitle: optionalText(TEXT_LIMITS.publicTitle),
  componentStates: z.record(text(ID_MAX), z.enum(COMPONENT_STATES, { error: chooseOne(COMPONENT_STATES) })).default({}),
});

/** How one of the incident's components shows on the status page; null derives it from severity again. */
export const componentStateSchema = z.object({
  incidentId: required(ID_MAX, "Incident"),
  componentSlug: required(200, "Component"),
  state: z
    .enum(COMPONENT_STATES, { error: chooseOne(COMPONENT_STATES) })
    .nullable()
    .describe("The state shown on the status page for this incident; null shows the one its severity implies."),
});
export const componentStateBodySchema = componentStateSchema.pick({ state: true });

/**
 * The same update sent over the API, where the path names the incident. `key` may be left out:
 * the Idempotency-Key header already makes a retry safe, so a fresh one is made.
 */
export const postUpdateBodySchema = z
  .object(postUpdateSchema.shape)
  .omit({ incidentId: true })
  .extend({
    key: postUpdateSchema.shape.key
      .optional()
      .describe("16–64 letters, digits, `-` or `_`: posting the same key again sends nothing more."),
    componentStates: postUpdateSchema.shape.componentStates.describe(
      "How each affected component (by id) shows on the status page when the update is public.",
    ),
    // JSON says true or false; a form's checkbox reading ("on", anything else is off) would turn a
    // mistyped value into a silent "no".
    public: z.boolean({ error: "true or false" }).default(false),
    notifySubscribers: z.boolean({ error: "true or false" }).default(false),
  });
