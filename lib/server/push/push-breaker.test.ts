// A push service that is down gets the same circuit breaker as an SMTP server or a webhook origin,
// with the real worker and two real push services: deliveries to the one that is down wait
// (no failed attempt each) while its breaker is open, the other's go at once, and the waiting
// ones drain within seconds of the first probe that finds it back.
import { afterAll, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { createTestUser } from "@/scripts/test/fixtures";
import { startPushReceiver } from "@/scripts/test/push-receiver";
import { listTroubledTargets } from "../breakers/list-troubled";
import { userCtx } from "../context";
import { db } from "../db";
import { runWorkerUntil } from "../jobs/test-worker";
import { recipientsOfUser } from "../notify/recipients";
import { declareWithDeliveries } from "../notify/test-deliveries";
import { subscribePush } from "./subscribe";

// Well over what a worker sends to one target at once (8), so many are still untried when the breaker opens.
const DEVICES = 30;
const UA =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";

let up = false;
const down = await startPushReceiver(() => (up ? 201 : 503));
const healthy = await startPushReceiver();

afterAll(async () => {
  await down.stop();
  await healthy.stop();
});

it("holds pushes to a push service that is down, sends the other service's, and drains them once it is back", async () => {
  const person = await createTestUser("RESPONDER");
  const devices = [];
  for (let i = 0; i < DEVICES; i++)
    devices.push(await subscribePush(userCtx(person), { ...down.subscribe(), userAgent: UA }));
  const other = await subscribePush(userCtx(person), { ...healthy.subscribe(), userAgent: UA });
  const subscriptions = await db.pushSubscription.findMany({ where: { userId: person.id } });
  const recipients = recipientsOfUser({ id: person.id, email: person.email, push: subscriptions }).filter(
    (r) => r.channel === "PUSH",
  );
  const { key } = await declareWithDeliveries({ title: "Push service outage" }, recipients);
  const pushes = () => db.delivery.findMany({ where: { idempotencyKey: { startsWith: key } } });
  const toDown = async () => (await pushes()).filter((d) => d.pushSubscriptionId !== other.id);
  const breaker = (target: string) => db.deliveryBreaker.findUnique({ where: { target } });

  // Each delivery knows its push service: that is its breaker and its share of a worker's slots.
  const made = await pushes();
  expect(made).toHaveLength(DEVICES + 1);
  for (const d of made) expect(d.target).toBe(d.pushSubscriptionId === other.id ? healthy.origin : down.origin);

  // Down: a few pushes fail and its breaker opens; the rest wait untried. The other service's push is sent.
  await runWorkerUntil(
    async () =>
      (await breaker(down.origin))?.state === "OPEN" &&
      (await toDown()).every((d) => d.lockedUntil === null) &&
      (await pushes()).some((d) => d.pushSubscriptionId === other.id && d.status === "SENT"),
    { timeoutMs: 30_000 },
  );
  const held = await toDown();
  expect(held.every((d) => d.status === "FAILED" || d.status === "PENDING")).toBe(true);
  expect(held.filter((d) => d.attempts > 0).length).toBeLessThan(DEVICES);
  // Still down for 5 s more: only probes try (after 1, 2 and 4 s at most), not every waiting push.
  const attemptsOf = async () => (await toDown()).reduce((sum, d) => sum + d.attempts, 0);
  const before = await attemptsOf();
  const stillDownUntil = Date.now() + 5_000;
  await runWorkerUntil(async () => Date.now() > stillDownUntil);
  expect(await attemptsOf()).toBeLessThanOrEqual(before + 4);
  expect(await breaker(healthy.origin)).toBeNull();
  // The timer audit lists it for admins, with what it holds back.
  const troubled = (await listTroubledTargets(db)).find((t) => t.target === down.origin);
  expect(troubled).toMatchObject({ state: "OPEN", waiting: DEVICES });
  expect(troubled!.failures).toBeGreaterThanOrEqual(3);

  // Up: a probe finds it back and the waiting pushes go at once, not after their 30 s wait.
  up = true;
  const upAt = Date.now();
  await runWorkerUntil(async () => (await pushes()).every((d) => d.status === "SENT"), { timeoutMs: 30_000 });
  expect(Date.now() - upAt).toBeLessThan(10_000);
  expect((await breaker(down.origin))?.state).toBe("CLOSED");
  expect((await listTroubledTargets(db)).map((t) => t.target)).not.toContain(down.origin);
  // Every device got its push exactly once.
  const accepted = down.pushes.filter((p) => p.status === 201).map((p) => p.endpoint);
  const endpoints = subscriptions.filter((s) => s.id !== other.id).map((s) => s.endpoint);
  expect(accepted.sort()).toEqual(endpoints.sort());
  expect(devices).toHaveLength(DEVICES);
});
