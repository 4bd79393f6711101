// Per-test data for integration tests: each test makes its own people with unique e-mails,
// so no test depends on another's leftovers or on the order files run in.
import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/domain/roles";
import { userCtx, type Ctx } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";

export const TEST_PASSWORD = "a-long-test-password";

let passwordHash: Promise<string> | undefined;

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@test.bridge.local`;
}

/** Throttling keys on the client address too: a unique one keeps tests apart. */
export function uniqueIp(): string {
  return `test-${randomUUID()}`;
}

/** A user written straight to the database (not through the service under test). */
export async function createTestUser(role: Role, options: { email?: string; active?: boolean } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return db.user.create({
    data: {
      email: options.email ?? uniqueEmail(role.toLowerCase()),
      name: `Test ${role.toLowerCase()}`,
      role,
      active: options.active ?? true,
      passwordHash: await passwordHash,
    },
  });
}

export function ctxOf(user: { id: string; role: Role; email: string }, now = new Date()): Ctx {
  return userCtx(user, now);
}

/** Runs `fn` and returns the DomainError-like object it rejected with (fails if it resolved). */
export async function rejection(
  fn: () => Promise<unknown>,
): Promise<{ code?: string; fieldErrors?: Record<string, string[]>; message: string }> {
  try {
    await fn();
  } catch (error) {
    return error as { code?: string; fieldErrors?: Record<string, string[]>; message: string };
  }
  throw new Error("expected the call to be rejected, but it resolved");
}
