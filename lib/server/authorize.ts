import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { can, type Permission } from "@/lib/domain/roles";
import type { Ctx } from "./context";

/** Throws FORBIDDEN unless the acting role holds the permission. Called first by every service. */
export function authorize(ctx: Ctx, permission: Permission): void {
  if (!can(ctx.actor.role, permission)) {
    throw new DomainError("FORBIDDEN", `Your role (${ctx.actor.role}) may not do this (${permission}).`);
  }
}
