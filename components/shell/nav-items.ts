import type { Permission } from "@/lib/domain/roles";

export type NavItem = { href: string; label: string; permission: Permission };

// The areas of the console, in the order of DESIGN.md's URL map; hidden when the role lacks access.
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", permission: "plan:read" },
  { href: "/matrix", label: "Notification matrix", permission: "plan:read" },
  { href: "/templates", label: "Templates", permission: "plan:read" },
  { href: "/dr", label: "Disaster recovery", permission: "plan:read" },
  { href: "/admin/users", label: "Users", permission: "user:manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:read" },
];
