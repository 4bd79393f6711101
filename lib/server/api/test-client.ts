// Helpers for the tests that call the /api/v1 route handlers with API tokens.
import type { Role } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { createToken } from "@/lib/server/tokens/create";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";

/**
 * A token with these scopes. Only an admin issues tokens; with `role`, its creator then holds that
 * role instead, as when an admin is later demoted (a token acts with its creator's current role).
 */
export async function tokenWith(scopes: string[], options: { role?: Role; name?: string } = {}) {
  const admin = await createTestUser("ADMIN");
  const name = options.name ?? `api-${Math.random().toString(36).slice(2, 8)}`;
  const { token, secret } = await createToken(ctxOf(admin), { name, scopes });
  if (options.role && options.role !== "ADMIN")
    await db.user.update({ where: { id: admin.id }, data: { role: options.role } });
  return { admin, token, secret };
}

/** A request as a client sends it: Bearer token, JSON body; POST when there is a body unless `method` says otherwise. */
export function request(
  url: string,
  secret: string | null,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...(secret ? { authorization: `Bearer ${secret}` } : {}), ...init.headers };
  if (init.body !== undefined) headers["content-type"] ??= "application/json";
  return new Request(url, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** The route context of a handler under a path with these parameters. */
export const withParams = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
