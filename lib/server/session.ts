import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { forbidden } from "next/navigation";
import { DomainError } from "@/lib/domain/errors";
import { can, isRole, type Permission } from "@/lib/domain/roles";
import { authOptions } from "./auth/options";
import { actingUserId, userCtx, type Ctx } from "./context";
import { db } from "./db";

/**
 * The signed-in user's context, or null. The role is read from the database on every request,
 * so a changed role or a deactivation takes effect at once, whatever the session cookie says.
 * A cookie from before a sign-out or an account change carries an older session version.
 */
export async function currentCtx(): Promise<Ctx | null> {
  const session = await getServerSession(authOptions);
  const { id, sv } = (session?.user ?? {}) as { id?: unknown; sv?: unknown };
  if (typeof id !== "string") return null;
  const user = await db.user.findUnique({ where: { id } });
  if (!user || !user.active || !isRole(user.role) || user.sessionVersion !== sv) return null;
  return userCtx(user);
}

export async function currentUser() {
  const ctx = await currentCtx();
  const id = ctx && actingUserId(ctx);
  return id ? db.user.findUnique({ where: { id } }) : null;
}

/** For actions and route handlers: a context or an UNAUTHENTICATED error. */
export async function requireCtx(): Promise<Ctx> {
  const ctx = await currentCtx();
  if (!ctx) throw new DomainError("UNAUTHENTICATED", "Sign in first.");
  return ctx;
}

/** For pages: redirects to sign-in, or answers 403 when the role lacks the permission. */
export async function requirePageCtx(permission?: Permission): Promise<Ctx> {
  const ctx = await currentCtx();
  if (!ctx) redirect("/login");
  if (permission && !can(ctx.actor.role, permission)) forbidden();
  return ctx;
}
