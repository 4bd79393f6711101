// Tokens and requests for the tests that call /api/v1 route handlers directly.
import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/domain/roles";
import { db } from "../db";
import { createToken } from "../tokens/create";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";

/** A fresh admin's token with these scopes; `demote` turns its creator into another role afterwards. */
export async function tokenWith(scopes: string[]) {
  const admin = await createTestUser("ADMIN");
  const name = `client-${randomUUID().slice(0, 8)}`;
  const { token, secret } = await createToken(ctxOf(admin), { name, scopes });
  const demote = (role: Role) => db.user.update({ where: { id: admin.id }, data: { role } });
  return { admin, token, secret, name, demote };
}

/** A Request with the token as Bearer; a body is sent as JSON (POST unless another method is given). */
export function apiRequest(url: string, secret: string, init: { method?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${secret}` };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  return new Request(url, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** The route context of a handler under a path with parameters, e.g. `{ id }`. */
export const withParams = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
