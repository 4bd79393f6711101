// The SMTP server's circuit breaker against a real SMTP server that is down, then up, with the
// real worker: deliveries wait (no failed attempt) while it is open, and drain in seconds once a
// probe finds the server back.
import { randomUUID } from "node:crypto";
import { afterAll, expect, it } from "vitest";
import { SMTP_TARGET } from "@/lib/domain/breaker";
import { startSmtpReceiver } from "@/scripts/fault/smtp-receiver";
import { createTestUser } from "@/scripts/test/fixtures";
import { freePort } from "@/scripts/test/free-port";
import { configureSmtp } from "../channels/email";
import { userCtx } from "../context";
import { db } from "../db";
import { declareIncident } from "../incidents/declare";
import { runWorkerUntil } from "../jobs/test-worker";
import { createDeliveries } from "../notify/create-deliveries";

const COUNT = 12;

afterAll(() => configureSmtp(null));

it("holds deliveries while SMTP is down without counting failures, and drains them within seconds of its return", async () => {
  const commander = await createTestUser("COMMANDER");
  const port = await freePort();
  configureSmtp({ host: "127.0.0.1", port, secure: false });
  const component = await db.component.findUniqueOrThrow({ where: { slug: "ci-cd-pipeline" } });
  const incident = await declareIncident(userCtx(commander, new Date()), {
    title: `Mail relay gone ${randomUUID().slice(0, 8)}`,
    severity: "SEV3",
    componentIds: [component.id],
  });
  const key = `test:${randomUUID()}`;
  const recipients = Array.from({ length: COUNT }, (_, i) => ({
    channel: "EMAIL" as const,
    recipient: `r${i}@test.bridge.local`,
  }));
  await db.$transaction((tx) =>
    createDeliveries(
      tx,
      { incidentId: incident.id, keyPrefix: key },
      recipients,
      { subject: "S", body: "B" },
      new Date(),
    ),
  );
  const emails = () => db.delivery.findMany({ where: { incidentId: incident.id, channel: "EMAIL" } });
  const breaker = () => db.deliveryBreaker.findUnique({ where: { target: SMTP_TARGET } });

  // Down: a few deliveries fail and the breaker opens (waited for, not timed: the machine may be busy).
  // From then on the rest wait untried, none is being sent, none is given up.
  await runWorkerUntil(
    async () => (await breaker())?.state === "OPEN" && (await emails()).every((d) => d.lockedUntil === null),
    { timeoutMs: 30_000 },
  );
  const held = await emails();
  expect(held).toHaveLength(COUNT + 2);
  expect(held.some((d) => d.status === "FAILED")).toBe(true);
  expect(held.every((d) => d.status === "FAILED" || d.status === "PENDING")).toBe(true);
  // Still down for 5 s more: only probes try (after 1, 2 and 4 s at most), not every delivery again.
  const attemptsOf = async () => (await emails()).reduce((sum, d) => sum + d.attempts, 0);
  const before = await attemptsOf();
  const stillDownUntil = Date.now() + 5_000;
  await runWorkerUntil(async () => Date.now() > stillDownUntil);
  expect(await attemptsOf()).toBeLessThanOrEqual(before + 4);
  expect((await breaker())?.state).not.toBe("CLOSED");

  // Up: a probe finds it back and the waiting deliveries go at once, not after their 30 s wait.
  const smtp = await startSmtpReceiver(port);
  try {
    const upAt = Date.now();
    await runWorkerUntil(async () => (await emails()).every((d) => d.status === "SENT"), { timeoutMs: 30_000 });
    const drainMs = Date.now() - upAt;
    expect(drainMs).toBeLessThan(10_000);
    expect((await breaker())?.state).toBe("CLOSED");
    for (const d of await emails()) expect(smtp.countsByKey().get(d.idempotencyKey)).toBe(1);
  } finally {
    await smtp.stop();
  }
});
