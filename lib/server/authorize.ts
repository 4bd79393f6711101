import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { can, type Permission } from "@/lib/domain/roles";
import { scopesGrant } from "@/lib/domain/token-scopes";
import type { Ctx } from "./context";

/**
 * Throws FORBIDDEN unless the acting role holds the permission. Called first by every service.
 * A token must also hold a scope that grants it, so a token never does more than it was issued for.
 */
export function authorize(ctx: Ctx, permission: Permission): void {
  if (!can(ctx.actor.role, permission)) {
    throw new DomainError("FORBIDDEN", `Your role (${ctx.actor.role}) may not do this (${permission}).`);
  }
  if (ctx.actor.kind === "token" && !scopesGrant(ctx.actor.scopes ?? [], permission)) {
    const scopes = ctx.actor.scopes?.length ? ctx.actor.scopes.join(", ") : "none";
    throw new DomainError("FORBIDDEN", `This token's scopes (${scopes}) do not allow this (${permission}).`);
  }
}

/** The same check as `authorize`, as a yes/no, for reads that show more to some callers. */
export function isAllowed(ctx: Ctx, permission: Permission): boolean {
  try {
    authorize(ctx, permission);
    return true;
  } catch {
    return false;
  }
}
