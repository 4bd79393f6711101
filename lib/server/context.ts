import "server-only";
import type { Role } from "@/lib/domain/roles";

// Who is acting and when. Every service takes this first, so tests can pass their own clock.
export type Actor = {
  kind: "user" | "token" | "system";
  id: string | null;
  role: Role;
  label: string;
  /** For tokens: what the token may do, on top of its creator's role (see authorize). */
  scopes?: string[];
};

export type Ctx = { actor: Actor; now: Date };

export function systemCtx(now = new Date()): Ctx {
  return { actor: { kind: "system", id: null, role: "ADMIN", label: "system" }, now };
}

export function userCtx(user: { id: string; role: Role; email: string }, now = new Date()): Ctx {
  return { actor: { kind: "user", id: user.id, role: user.role, label: user.email }, now };
}

/** A request authenticated with an API token: its creator's current role, narrowed by its scopes. */
export function tokenCtx(token: { id: string; name: string; scopes: string[] }, role: Role, now = new Date()): Ctx {
  return { actor: { kind: "token", id: token.id, role, label: `token ${token.name}`, scopes: [...token.scopes] }, now };
}
