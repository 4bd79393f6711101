// Status-page e-mail subscriptions: the scope vocabulary, the sign-up and manage forms' one
// schema, which subscribers an update concerns, and the sign-up rate limits.
import { z } from "zod";
import { chooseOne, column } from "./vocabulary";
import { ID_MAX, text } from "./text";

export const SUBSCRIPTION_SCOPES = ["ALL", "COMPONENTS", "GROUP"] as const;
export type SubscriptionScope = (typeof SUBSCRIPTION_SCOPES)[number];

const SCOPE_TABLE: Record<SubscriptionScope, { label: string; hint: string }> = {
  ALL: { label: "Every component", hint: "Every incident and maintenance on the status page." },
  COMPONENTS: { label: "Chosen components", hint: "Only what affects the components you tick." },
  GROUP: { label: "A component group", hint: "Everything in the group, including components added later." },
};
export const SCOPE_LABELS = column(SCOPE_TABLE, "label");
export const SCOPE_HINTS = column(SCOPE_TABLE, "hint");

/** Confirmation links work for two days; a newer sign-up replaces the link (single-use nonce). */
export const CONFIRM_LINK_TTL_MS = 48 * 60 * 60_000;

/** Sign-ups per address and per IP before each further one must wait (doubling, see throttle.ts). */
export const SIGNUPS_PER_ADDRESS = 3;
export const SIGNUPS_PER_IP = 20;
export const signupThrottleKeys = (email: string, ip: string) => [
  { key: `subscribe:email:${email}`, freeAttempts: SIGNUPS_PER_ADDRESS },
  { key: `subscribe:ip:${ip}`, freeAttempts: SIGNUPS_PER_IP },
];

/** Large sends are written in chunks, so thousands of subscribers never make one giant transaction. */
export const NOTICE_BATCH_SIZE = 500;

const ids = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(text(ID_MAX).min(1)).max(200, { message: "At most 200 components" }),
);

/** What a subscription covers; the manage page edits this, the sign-up form adds the address. */
export const scopeSchema = z
  .object({
    scope: z.enum(SUBSCRIPTION_SCOPES, { error: chooseOne(SUBSCRIPTION_SCOPES.map((s) => SCOPE_TABLE[s].label)) }),
    componentIds: ids,
    groupId: z.preprocess((v) => (v === "" || v === null ? undefined : v), text(ID_MAX).optional()),
  })
  .superRefine((v, issue) => {
    if (v.scope === "COMPONENTS" && v.componentIds.length === 0)
      issue.addIssue({ code: "custom", path: ["componentIds"], message: "Tick at least one component" });
    if (v.scope === "GROUP" && !v.groupId)
      issue.addIssue({ code: "custom", path: ["groupId"], message: "Choose a component group" });
  })
  .transform((v) => ({
    scope: v.scope,
    componentIds: v.scope === "COMPONENTS" ? [...new Set(v.componentIds)] : [],
    groupId: v.scope === "GROUP" ? (v.groupId ?? null) : null,
  }));
export type ScopeInput = z.infer<typeof scopeSchema>;

/** Addresses are compared in lower case: one person, one subscription. */
export const emailSchema = text(254)
  .min(1, { message: "Enter your e-mail address" })
  .pipe(z.email({ message: "Enter a valid e-mail address" }))
  .transform((v) => v.toLowerCase());

export const subscribeSchema = z
  .object({ email: emailSchema })
  .and(scopeSchema)
  .transform((v) => ({ ...v }));
export type SubscribeInput = z.infer<typeof subscribeSchema>;

/** A subscriber's reach: its scope, its chosen components, its group. */
export type SubscriberScope = { scope: SubscriptionScope; componentIds: string[]; groupId: string | null };
/** What an update touches: its components and the groups they are in (now, not when subscribed). */
export type Affected = { componentIds: string[]; groupIds: string[] };

export function concerns(subscriber: SubscriberScope, affected: Affected): boolean {
  switch (subscriber.scope) {
    case "ALL":
      return true;
    case "COMPONENTS":
      return subscriber.componentIds.some((id) => affected.componentIds.includes(id));
    case "GROUP":
      return subscriber.groupId !== null && affected.groupIds.includes(subscriber.groupId);
  }
}

/** What a subscription can cover, for the forms: public components in status-page order, and groups. */
export type ScopeChoices = {
  components: { id: string; name: string; group: string | null }[];
  groups: { id: string; name: string }[];
};

/** The scope fields of a posted form, as `scopeSchema` reads them. */
export function scopeFromForm(form: FormData) {
  return {
    scope: String(form.get("scope") ?? ""),
    componentIds: form.getAll("componentIds").map(String),
    groupId: String(form.get("groupId") ?? ""),
  };
}

/** What was typed, to echo into the form after a failure (componentIds comma-joined). */
export function scopeEcho(form: FormData): Record<string, string> {
  const s = scopeFromForm(form);
  return { scope: s.scope, componentIds: s.componentIds.join(","), groupId: s.groupId };
}
