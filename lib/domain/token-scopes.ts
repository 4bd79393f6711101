// What an API token may do. A token acts only within its scopes, and never beyond the role of
// the person who created it: both must grant a permission.
import { z } from "zod";
import type { Permission } from "./roles";
import { ID_MAX, text } from "./text";

export const TOKEN_SCOPES = [
  "incidents:read",
  "incidents:write",
  "status:write",
  "postmortems:read",
  "postmortems:write",
  "slo:read",
  "sli:write",
  "dr:read",
  "dr:write",
  "backups:write",
  "config:read",
  "config:write",
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

// Reading incidents includes their timelines and the commander's e-mail (`internal:read`): a token
// is issued by a person who may read them, and its creator's role is still checked on every call.
const READ_INCIDENTS = ["incident:read", "status:read", "internal:read"] as const satisfies readonly Permission[];

export const SCOPE_INFO: Record<
  TokenScope,
  { label: string; description: string; permissions: readonly Permission[] }
> = {
  "incidents:read": {
    label: "Read incidents",
    description: "List incidents and read one, with its timeline.",
    permissions: READ_INCIDENTS,
  },
  "incidents:write": {
    // Writing includes reading: an alerting tool reads back the incident it declared.
    label: "Write incidents",
    description: "Declare, acknowledge, change status or severity, add notes, hand over command.",
    permissions: [...READ_INCIDENTS, "incident:declare", "incident:respond", "incident:command"],
  },
  "status:write": {
    label: "Publish status",
    description: "Post status updates and set status-page component states.",
    permissions: [...READ_INCIDENTS, "incident:command", "statuspage:manage"],
  },
  "postmortems:read": {
    label: "Read postmortems",
    description: "Read postmortems and action items.",
    permissions: [...READ_INCIDENTS, "plan:read"],
  },
  "postmortems:write": {
    label: "Write postmortems",
    description: "Edit postmortems and create and update action items.",
    permissions: [...READ_INCIDENTS, "plan:read", "postmortem:write"],
  },
  "slo:read": {
    label: "Read SLOs",
    description: "Read service level objectives, their budgets and samples.",
    permissions: ["plan:read"],
  },
  "sli:write": {
    label: "Push SLI samples",
    description: "Send service level indicator samples (POST /api/v1/sli) and replication lag.",
    permissions: ["sli:write"],
  },
  "dr:read": {
    label: "Read the DR programme",
    description: "Read DR tests and their runs, risks, scenarios and backups.",
    permissions: ["plan:read"],
  },
  "dr:write": {
    label: "Write the DR programme",
    description: "Record DR test runs and change risks.",
    permissions: ["plan:read", "dr:record", "dr:manage"],
  },
  "backups:write": {
    label: "Report backups",
    description: "Record backup verifications (POST /api/v1/backups).",
    permissions: ["backup:record"],
  },
  "config:read": {
    label: "Read configuration",
    description: "Read escalation policies and the notification matrix.",
    permissions: ["plan:read"],
  },
  "config:write": {
    label: "Write configuration",
    description: "Change escalation policies and the notification matrix (the creator must be an admin).",
    permissions: ["plan:read", "policy:manage", "matrix:manage"],
  },
};

// A write scope includes reading the same resource, so one token can declare and read back.
const IMPLIED: Partial<Record<TokenScope, readonly TokenScope[]>> = {
  "incidents:write": ["incidents:read"],
  "status:write": ["incidents:read"],
  "postmortems:write": ["postmortems:read"],
  "dr:write": ["dr:read"],
  "config:write": ["config:read"],
};

/**
 * What a scope lets its holder change: its permissions less those of the read scopes it includes.
 * Every write under the scope needs one of them, so a role holding none may make no such write.
 */
export function scopeWrites(scope: TokenScope): Permission[] {
  const reads = new Set((IMPLIED[scope] ?? []).flatMap((s) => SCOPE_INFO[s].permissions));
  return SCOPE_INFO[scope].permissions.filter((p) => !reads.has(p));
}

/** Whether a token with these scopes holds `needed`, itself or through a write scope that includes it. */
export function scopesInclude(scopes: readonly string[], needed: TokenScope): boolean {
  return scopes.some((s) => s === needed || (isTokenScope(s) && (IMPLIED[s] ?? []).includes(needed)));
}

export function isTokenScope(value: unknown): value is TokenScope {
  return typeof value === "string" && (TOKEN_SCOPES as readonly string[]).includes(value);
}

/** True when any of the scopes grants the permission; unknown scope names grant nothing. */
export function scopesGrant(scopes: readonly string[], permission: Permission): boolean {
  return scopes.some((s) => isTokenScope(s) && SCOPE_INFO[s].permissions.includes(permission));
}

/** Every permission the scopes grant, for display. */
export function scopePermissions(scopes: readonly string[]): Permission[] {
  return [...new Set(scopes.filter(isTokenScope).flatMap((s) => SCOPE_INFO[s].permissions))].sort();
}

export const TOKEN_EXPIRY_DAYS = [7, 30, 90, 365] as const;

export const createTokenSchema = z.object({
  name: text(80, { error: "Name is required" }).min(3, "At least 3 characters"),
  scopes: z
    .array(z.enum(TOKEN_SCOPES, { error: "Unknown scope" }), { error: "Choose at least one scope" })
    .min(1, "Choose at least one scope")
    .transform((s) => [...new Set(s)]),
  expiresInDays: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce
      .number({ error: "Enter a number of days" })
      .int("Whole days only")
      .min(1, "At least 1 day")
      .max(3650, "At most 3650 days")
      .optional(),
  ),
});
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

export const revokeTokenSchema = z.object({
  id: text(ID_MAX, { error: "Token is required" }).min(1, "Token is required"),
});

/** When a token created at `now` with this lifetime expires; null for a token that never does. */
export function tokenExpiry(now: Date, days: number | undefined): Date | null {
  return days === undefined ? null : new Date(now.getTime() + days * 86_400_000);
}

export type TokenState = "active" | "revoked" | "expired";

export function tokenState(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): TokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

// Last-used times are written at most this often, so a busy token does not write on every call.
export const LAST_USED_RESOLUTION_MS = 60_000;

export function shouldTouchLastUsed(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}
