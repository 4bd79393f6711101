// Helpers for the tests that call the /api/v1 route handlers directly.
import { expect } from "vitest";
import type { Role } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { createToken } from "@/lib/server/tokens/create";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";

/** The route context of a handler without path parameters, and of one under /incidents/{number}. */
export const none = { params: Promise.resolve({}) };
export const at = (number: number | string) => ({ params: Promise.resolve({ number: String(number) }) });

export type Problem = {
  status: number;
  title: string;
  detail: string;
  errors: Record<string, string[]>;
  requestId?: string;
};

/** Asserts a problem+json answer with this status, in the header and the body, and returns the body. */
export async function problem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  const body = (await response.json()) as Problem;
  expect(body.status).toBe(status);
  return body;
}

/** Asserts a 422 problem and returns the names of the fields it blames, sorted. */
export async function invalidFields(response: Response): Promise<string[]> {
  return Object.keys((await problem(response, 422)).errors).sort();
}

/**
 * An API token with these scopes, issued by a new admin. With `role`, its creator then holds that
 * role instead, as when an admin is later demoted (a token acts with its creator's current role);
 * `demote` does the same later in a test.
 */
export async function tokenWith(scopes: string[], options: { role?: Role; name?: string } = {}) {
  const admin = await createTestUser("ADMIN");
  const name = options.name ?? `api-${Math.random().toString(36).slice(2, 8)}`;
  const { token, secret } = await createToken(ctxOf(admin), { name, scopes });
  const demote = (role: Role) => db.user.update({ where: { id: admin.id }, data: { role } });
  if (options.role && options.role !== "ADMIN") await demote(options.role);
  return { admin, token, secret, name, demote };
}

/** A token with every scope whose creator now holds `role`: the role, read at each call, limits it. */
export async function tokenOfRole(role: "COMMANDER" | "RESPONDER" | "STAKEHOLDER", scopes: string[]) {
  const issued = await tokenWith(scopes);
  await db.user.update({ where: { id: issued.admin.id }, data: { role } });
  return issued;
}

/** A request to a route handler, with a Bearer token, and a JSON body when one is given. */
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

/** The route context of a handler under a path with these parameters, e.g. `{ id }`. */
export const withParams = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
