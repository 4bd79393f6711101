// Who may do what. One table, read by every service before it touches data.

export const ROLES = ["ADMIN", "COMMANDER", "RESPONDER", "STAKEHOLDER"] as const;
export type Role = (typeof ROLES)[number];

const EVERYONE: readonly Role[] = ROLES;
const RESPONDERS: readonly Role[] = ["ADMIN", "COMMANDER", "RESPONDER"];
const COMMANDERS: readonly Role[] = ["ADMIN", "COMMANDER"];
const ADMINS: readonly Role[] = ["ADMIN"];

export const PERMISSIONS = {
  "plan:read": EVERYONE,
  "incident:read": EVERYONE,
  "status:read": EVERYONE,
  "incident:declare": COMMANDERS,
  "incident:command": COMMANDERS,
  "incident:respond": RESPONDERS,
  // Status-page components, groups and maintenance; overriding a component's public state is incident:command.
  "statuspage:manage": COMMANDERS,
  "postmortem:write": RESPONDERS,
  "dr:record": RESPONDERS,
  "internal:read": RESPONDERS,
  "user:manage": ADMINS,
  "audit:read": ADMINS,
  "policy:manage": ADMINS,
  "matrix:manage": ADMINS,
  "template:manage": ADMINS,
  "token:manage": ADMINS,
  // Inbound alert sources and their keys (/admin/integrations).
  "integration:manage": ADMINS,
  "objective:manage": ADMINS,
  // SLI samples pushed by monitoring (API tokens with sli:write) and recorded by health checks.
  "sli:write": COMMANDERS,
  // Backup verifications, by hand on /dr/backups or pushed by backup jobs (token scope backups:write).
  "backup:record": RESPONDERS,
  // Risks, failure scenarios, runbooks, DR tests and backup policies: the plan itself.
  "dr:manage": COMMANDERS,
  "subscriber:manage": ADMINS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Admin",
  COMMANDER: "Incident commander",
  RESPONDER: "Responder",
  STAKEHOLDER: "Stakeholder (read-only)",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
