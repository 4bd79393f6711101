import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { isRole, type Role } from "@/lib/domain/roles";
import { rateLimitedMessage, SIGN_IN_MESSAGES } from "@/lib/domain/sign-in-errors";
import { FREE_ATTEMPTS, FREE_ATTEMPTS_PER_IP } from "@/lib/domain/throttle";
import { writeAudit } from "../audit";
import { systemCtx } from "../context";
import { db } from "../db";
import { dummyHash, verifyPassword } from "../password";
import { reserveAttempt, settleSuccess, TX_OPTIONS } from "./reserve-attempt";

export type SignedInUser = { id: string; email: string; name: string; role: Role };

/** Checks e-mail and password; slows repeated failures per account and per IP address. */
export async function verifyCredentials(
  emailInput: string,
  password: string,
  ip: string,
  now = new Date(),
): Promise<SignedInUser> {
  const email = emailInput.trim().toLowerCase();
  const account = { key: `email:${email}`, freeAttempts: FREE_ATTEMPTS };
  const address = { key: `ip:${ip}`, freeAttempts: FREE_ATTEMPTS_PER_IP };
  // Counted as a failure up front; a right password takes it back below.
  const wait = await reserveAttempt([account, address], now);
  if (wait > 0) throw new DomainError("RATE_LIMITED", rateLimitedMessage(wait));

  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !ok || !user.active || !isRole(user.role)) {
    await db.$transaction(
      (tx) =>
        writeAudit(
          tx,
          { ...systemCtx(now), actor: { kind: "system", id: null, role: "STAKEHOLDER", label: email } },
          {
            action: "auth.sign_in_failed",
            entityType: "User",
            entityId: user?.id ?? null,
            after: { email, ip },
          },
        ),
      TX_OPTIONS,
    );
    throw new DomainError("UNAUTHENTICATED", SIGN_IN_MESSAGES.wrongCredentials);
  }
  await db.$transaction(async (tx) => {
    await settleSuccess(tx, account.key, address, now);
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await writeAudit(
      tx,
      { actor: { kind: "user", id: user.id, role: user.role, label: email }, now },
      {
        action: "auth.sign_in",
        entityType: "User",
        entityId: user.id,
        after: { ip },
      },
    );
  }, TX_OPTIONS);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
