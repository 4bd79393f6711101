// The SMTP server's circuit breaker against a real SMTP server that is down, then up, with the
// real worker: deliveries wait (no failed attempt) while it is open, and drain in seconds once a
// probe finds the server back.
import { afterAll, expect, it } from "vitest";
import { SMTP_TARGET } from "@/lib/domain/breaker";
import { startSmtpReceiver } from "@/scripts/fault/smtp-receiver";
import { freePort } from "@/scripts/test/free-port";
import { configureSmtp } from "../channels/email";
import { db } from "../db";
import { runWorkerUntil } from "../jobs/test-worker";
import { declareWithDeliveries } from "../notify/test-deliveries";

const COUNT = 12;

afterAll(() => configureSmtp(null));

it("holds deliveries while SMTP is down without counting failures, and drains them within seconds of its return", async () => {
  const port = await freePort();
  configureSmtp({ host: "127.0.0.1", port, secure: false });
  const recipients = Array.from({ length: COUNT }, (_, i) => ({
    channel: "EMAIL" as const,
    recipient: `r${i}@test.bridge.local`,
  }));
  const { incident } = await declareWithDeliveries({ title: "Mail relay gone" }, recipients);
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
