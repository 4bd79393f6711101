import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { isRole, type Role } from "@/lib/domain/roles";
import { afterFailure, FREE_ATTEMPTS, FREE_ATTEMPTS_PER_IP, retryAfterSeconds } from "@/lib/domain/throttle";
import { writeAudit } from "../audit";
import { systemCtx } from "../context";
import { db } from "../db";
import { verifyPassword } from "../password";

export type SignedInUser = { id: string; email: string; name: string; role: Role };

// A fixed hash keeps the time of an unknown account close to that of a wrong password.
const DUMMY_HASH = "$2b$12$QsdonpL47c3vdC.sOknrp.APbppmu/Zpr4Pf8vt7a8UQ58SE8CBrK";

/** Checks e-mail and password; slows repeated failures per account and per IP address. */
export async function verifyCredentials(emailInput: string, password: string, ip: string, now = new Date()): Promise<SignedInUser> {
  const email = emailInput.trim().toLowerCase();
  const keys = [`email:${email}`, `ip:${ip}`];
  const states = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  const wait = Math.max(0, ...states.map((s) => retryAfterSeconds(s, now)));
  if (wait > 0) throw new DomainError("RATE_LIMITED", `Too many failed sign-ins. Try again in ${wait} s.`);

  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active || !isRole(user.role)) {
    await db.$transaction(async (tx) => {
      for (const key of keys) {
        const free = key.startsWith("ip:") ? FREE_ATTEMPTS_PER_IP : FREE_ATTEMPTS;
        const next = afterFailure(states.find((s) => s.key === key) ?? null, now, free);
        await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
      }
      await writeAudit(tx, { ...systemCtx(now), actor: { kind: "system", id: null, role: "STAKEHOLDER", label: email } }, {
        action: "auth.sign_in_failed",
        entityType: "User",
        entityId: user?.id ?? null,
        after: { email, ip },
      });
    });
    throw new DomainError("UNAUTHENTICATED", "Wrong e-mail or password.");
  }
  await db.$transaction(async (tx) => {
    await tx.loginThrottle.deleteMany({ where: { key: `email:${email}` } });
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await writeAudit(tx, { actor: { kind: "user", id: user.id, role: user.role, label: email }, now }, {
      action: "auth.sign_in",
      entityType: "User",
      entityId: user.id,
      after: { ip },
    });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
