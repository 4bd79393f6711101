import "server-only";
import type { Role } from "@/lib/domain/roles";

// Who is acting and when. Every service takes this first, so tests can pass their own clock.
type ActorBase = { role: Role; label: string };
/** A signed-in person. */
export type UserActor = ActorBase & { kind: "user"; id: string };
/** A request with an API token: `id` is the token's, `userId` its creator's; `scopes` narrow the creator's role (see authorize). */
export type TokenActor = ActorBase & { kind: "token"; id: string; userId: string; scopes: string[] };
/** The worker, sign-in attempts and e-mail links: nobody signed in. */
export type SystemActor = ActorBase & { kind: "system"; id: null };
export type Actor = UserActor | TokenActor | SystemActor;

export type Ctx = { actor: Actor; now: Date };

/**
 * The person acting in their own name, recorded as the actor of audit rows and timeline events
 * and owning what they make; null for the system and for API tokens (their label names them).
 */
export function actingUserId(ctx: Ctx): string | null {
  return ctx.actor.kind === "user" ? ctx.actor.id : null;
}

export function systemCtx(now = new Date()): Ctx {
  return { actor: { kind: "system", id: null, role: "ADMIN", label: "system" }, now };
}

/**
 * An integration source acting (inbound alerts): nobody signed in, labelled with the source's name
 * so audit rows and timelines say which integration did it; a commander's rights, no more.
 */
export function integrationCtx(source: { name: string }, now = new Date()): Ctx {
  return { actor: { kind: "system", id: null, role: "COMMANDER", label: `integration ${source.name}` }, now };
}

export function userCtx(user: { id: string; role: Role; email: string }, now = new Date()): Ctx {
  return { actor: { kind: "user", id: user.id, role: user.role, label: user.email }, now };
}

/** A request authenticated with an API token: its creator's current role, narrowed by its scopes. */
export function tokenCtx(
  token: { id: string; name: string; scopes: string[]; createdById: string },
  role: Role,
  now = new Date(),
): Ctx {
  return {
    actor: {
      kind: "token",
      id: token.id,
      userId: token.createdById,
      role,
      label: `token ${token.name}`,
      scopes: [...token.scopes],
    },
    now,
  };
}
