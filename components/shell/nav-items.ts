import type { Permission } from "@/lib/domain/roles";

export type NavItem = { href: string; label: string; permission: Permission };

// The areas of the console, in the order of the URL map in docs/ARCHITECTURE.md; hidden when the role lacks access.
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", permission: "plan:read" },
  { href: "/incidents", label: "Incidents", permission: "incident:read" },
  { href: "/inbox", label: "Inbox", permission: "status:read" },
  { href: "/matrix", label: "Notification matrix", permission: "plan:read" },
  { href: "/templates", label: "Templates", permission: "plan:read" },
  { href: "/postmortems", label: "Postmortems", permission: "incident:read" },
  { href: "/action-items", label: "Action items", permission: "incident:read" },
  { href: "/slo", label: "Service levels", permission: "plan:read" },
  { href: "/recovery", label: "Recovery", permission: "plan:read" },
  { href: "/dr", label: "Disaster recovery", permission: "plan:read" },
  { href: "/status-page", label: "Status page", permission: "statuspage:manage" },
  { href: "/admin/users", label: "Users", permission: "user:manage" },
  { href: "/admin/policies", label: "Escalation policies", permission: "policy:manage" },
  { href: "/admin/tokens", label: "API tokens", permission: "token:manage" },
  { href: "/admin/integrations", label: "Inbound alerts", permission: "integration:manage" },
  { href: "/admin/timers", label: "Timer audit", permission: "audit:read" },
  { href: "/admin/subscribers", label: "Subscribers", permission: "subscriber:manage" },
  { href: "/admin/mail", label: "Captured mail", permission: "audit:read" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:read" },
];
