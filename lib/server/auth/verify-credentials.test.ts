// Sign-in checks against the real database. Each test uses its own account and client address,
// and passes its own clock, because the throttle remembers failures per account and per address.
import { describe, expect, it } from "vitest";
import { FREE_ATTEMPTS, FREE_ATTEMPTS_PER_IP } from "@/lib/domain/throttle";
import { db } from "@/lib/server/db";
import { createTestUser, rejection, TEST_PASSWORD, uniqueEmail, uniqueIp } from "@/scripts/test/fixtures";
import { verifyCredentials } from "./verify-credentials";

const T0 = new Date("2026-04-01T09:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

async function failTimes(n: number, email: string, ip: () => string, now: Date) {
  for (let i = 0; i < n; i++)
    expect((await rejection(() => verifyCredentials(email, "wrong-password", ip(), now))).code).toBe("UNAUTHENTICATED");
}

describe("verifyCredentials", () => {
  it("returns the user for the right password, stamps the sign-in and audits it", async () => {
    const user = await createTestUser("COMMANDER");
    const ip = uniqueIp();
    const signedIn = await verifyCredentials(user.email, TEST_PASSWORD, ip, T0);
    expect(signedIn).toEqual({ id: user.id, email: user.email, name: user.name, role: "COMMANDER" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toEqual(T0);
    const rows = await db.auditLog.findMany({ where: { entityId: user.id } });
    expect(rows).toEqual([
      expect.objectContaining({
        action: "auth.sign_in",
        actorId: user.id,
        actorLabel: user.email,
        at: T0,
        after: { ip },
      }),
    ]);
  });

  it("accepts the e-mail in any case and with stray spaces", async () => {
    const user = await createTestUser("RESPONDER");
    const signedIn = await verifyCredentials(`  ${user.email.toUpperCase()} `, TEST_PASSWORD, uniqueIp(), T0);
    expect(signedIn.id).toBe(user.id);
  });

  it("refuses a wrong password with UNAUTHENTICATED and audits auth.sign_in_failed", async () => {
    const user = await createTestUser("RESPONDER");
    const ip = uniqueIp();
    const error = await rejection(() => verifyCredentials(user.email, "not-the-password", ip, T0));
    expect(error).toMatchObject({ code: "UNAUTHENTICATED", message: "Wrong e-mail or password." });
    const rows = await db.auditLog.findMany({ where: { entityId: user.id } });
    expect(rows).toEqual([
      expect.objectContaining({
        action: "auth.sign_in_failed",
        actorId: null,
        actorLabel: user.email,
        at: T0,
        after: { email: user.email, ip },
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain("not-the-password");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeNull();
  });

  it("answers an unknown account exactly like a wrong password", async () => {
    const email = uniqueEmail("ghost");
    const error = await rejection(() => verifyCredentials(email, TEST_PASSWORD, uniqueIp(), T0));
    expect(error).toMatchObject({ code: "UNAUTHENTICATED", message: "Wrong e-mail or password." });
    const [row] = await db.auditLog.findMany({ where: { action: "auth.sign_in_failed", actorLabel: email } });
    expect(row.entityId).toBeNull();
  });

  it("refuses a deactivated account even with the right password", async () => {
    const user = await createTestUser("RESPONDER", { active: false });
    expect((await rejection(() => verifyCredentials(user.email, TEST_PASSWORD, uniqueIp(), T0))).code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("after five failures makes the sixth attempt wait, even with the right password", async () => {
    const user = await createTestUser("RESPONDER");
    const ip = uniqueIp();
    await failTimes(FREE_ATTEMPTS, user.email, () => ip, T0);
    const error = await rejection(() => verifyCredentials(user.email, TEST_PASSWORD, ip, at(1)));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.message).toMatch(/Try again in \d+ s/);
    // A throttled attempt is not checked at all, so it leaves no sign-in behind.
    expect(await db.auditLog.count({ where: { action: "auth.sign_in", entityId: user.id } })).toBe(0);
    expect((await verifyCredentials(user.email, TEST_PASSWORD, ip, at(2))).id).toBe(user.id);
  });

  it("throttles the account whatever address the guesses come from", async () => {
    const user = await createTestUser("RESPONDER");
    await failTimes(FREE_ATTEMPTS, user.email, uniqueIp, T0);
    expect((await rejection(() => verifyCredentials(user.email, TEST_PASSWORD, uniqueIp(), T0))).code).toBe(
      "RATE_LIMITED",
    );
  });

  it("gives a shared address more room than an account, then throttles it too", async () => {
    const ip = uniqueIp();
    const victim = await createTestUser("RESPONDER");
    for (let i = 0; i < FREE_ATTEMPTS; i++) await failTimes(1, uniqueEmail("office"), () => ip, T0);
    // Colleagues behind one NAT address are not locked out by a few typos of others.
    expect((await verifyCredentials(victim.email, TEST_PASSWORD, ip, T0)).id).toBe(victim.id);
    for (let i = FREE_ATTEMPTS; i < FREE_ATTEMPTS_PER_IP; i++) await failTimes(1, uniqueEmail("spray"), () => ip, T0);
    expect((await rejection(() => verifyCredentials(victim.email, TEST_PASSWORD, ip, T0))).code).toBe("RATE_LIMITED");
    expect((await verifyCredentials(victim.email, TEST_PASSWORD, uniqueIp(), T0)).id).toBe(victim.id);
    // Over twenty bcrypt checks in a row: slow on a busy machine.
  }, 120_000);

  it("forgets failures after fifteen quiet minutes", async () => {
    const user = await createTestUser("RESPONDER");
    const ip = uniqueIp();
    await failTimes(FREE_ATTEMPTS, user.email, () => ip, T0);
    expect((await rejection(() => verifyCredentials(user.email, TEST_PASSWORD, ip, at(1)))).code).toBe("RATE_LIMITED");
    // Had the count carried on, this sixth failure would block the account for a while.
    await failTimes(1, user.email, () => ip, at(15 * 60 + 1));
    expect((await verifyCredentials(user.email, TEST_PASSWORD, ip, at(15 * 60 + 2))).id).toBe(user.id);
  });

  it("clears the account's failures on a successful sign-in", async () => {
    const user = await createTestUser("RESPONDER");
    await failTimes(4, user.email, uniqueIp, T0);
    await verifyCredentials(user.email, TEST_PASSWORD, uniqueIp(), T0);
    await failTimes(4, user.email, uniqueIp, at(1));
    // Eight failures in all: without the reset the account would be blocked by now.
    expect((await verifyCredentials(user.email, TEST_PASSWORD, uniqueIp(), at(2))).id).toBe(user.id);
  });

  it("counts 30 parallel guesses exactly, never fails inside, and then refuses even the right password", async () => {
    const user = await createTestUser("RESPONDER");
    const ip = uniqueIp();
    const passwords = Array.from({ length: 30 }, (_, i) => (i === 29 ? TEST_PASSWORD : `wrong-${i}`));
    const outcomes = await Promise.allSettled(passwords.map((p) => verifyCredentials(user.email, p, ip, T0)));
    const codes = outcomes.map((o) =>
      o.status === "fulfilled" ? "OK" : ((o.reason as { code?: string }).code ?? String(o.reason)),
    );
    expect(codes.filter((c) => !["OK", "UNAUTHENTICATED", "RATE_LIMITED"].includes(c))).toEqual([]);
    const wrongChecked = codes.slice(0, 29).filter((c) => c === "UNAUTHENTICATED").length;
    const stored = await db.loginThrottle.findUnique({ where: { key: `email:${user.email}` } });
    if (codes[29] === "OK") {
      // The right password won the race: it cleared the count, so only guesses after it remain.
      expect(stored?.failures ?? 0).toBeLessThanOrEqual(wrongChecked);
      expect(wrongChecked).toBeLessThan(2 * FREE_ATTEMPTS);
    } else {
      expect(codes[29]).toBe("RATE_LIMITED");
      expect(wrongChecked).toBe(FREE_ATTEMPTS);
      expect(stored?.failures).toBe(wrongChecked);
    }
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_failed", entityId: user.id } })).toBe(wrongChecked);
  });

  it("lets only the free attempts of a parallel burst through, so the right password then waits", async () => {
    const user = await createTestUser("RESPONDER");
    const ip = uniqueIp();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 29 }, (_, i) => verifyCredentials(user.email, `wrong-${i}`, ip, T0)),
    );
    const codes = outcomes.map((o) => (o.status === "rejected" ? (o.reason as { code?: string }).code : "OK"));
    expect(codes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(FREE_ATTEMPTS);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(29 - FREE_ATTEMPTS);
    expect((await db.loginThrottle.findUniqueOrThrow({ where: { key: `email:${user.email}` } })).failures).toBe(
      FREE_ATTEMPTS,
    );
    expect((await rejection(() => verifyCredentials(user.email, TEST_PASSWORD, ip, T0))).code).toBe("RATE_LIMITED");
  });

  it("does not charge the address for a right password", async () => {
    const user = await createTestUser("RESPONDER");
    const ip = uniqueIp();
    await verifyCredentials(user.email, TEST_PASSWORD, ip, T0);
    expect((await db.loginThrottle.findUniqueOrThrow({ where: { key: `ip:${ip}` } })).failures).toBe(0);
  });
});
