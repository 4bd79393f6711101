// Closing a webhook origin's breaker releases the deliveries waiting on that origin, and only those.
import { expect, it } from "vitest";
import { deliveryTarget } from "@/lib/domain/breaker";
import { db } from "../db";
import { captureLog } from "../jobs/test-worker";
import { declareWithDeliveries } from "../notify/test-deliveries";
import { recordBreakerOutcome } from "./record-outcome";

it("makes the waiting sends to the origin whose probe succeeded due now, and leaves other targets waiting", async () => {
  const down = "http://127.0.0.1:9/hooks/a?x=1";
  const lookalike = "http://127.0.0.1:90/hooks/b";
  const { key } = await declareWithDeliveries({ title: "Hooks down" }, [
    { channel: "WEBHOOK", recipient: down },
    { channel: "WEBHOOK", recipient: lookalike },
    { channel: "EMAIL", recipient: "someone@test.bridge.local" },
  ]);
  const deliveries = await db.delivery.findMany({ where: { idempotencyKey: { startsWith: key } } });
  const jobOf = (recipient: string) => {
    const d = deliveries.find((x) => x.recipient === recipient)!;
    return db.job.findFirstOrThrow({ where: { kind: "deliver", payload: { path: ["deliveryId"], equals: d.id } } });
  };
  // All three wait, as sends on an open breaker do.
  const later = new Date(Date.now() + 60_000);
  await db.job.updateMany({
    where: { kind: "deliver", OR: deliveries.map((d) => ({ payload: { path: ["deliveryId"], equals: d.id } })) },
    data: { runAt: later },
  });
  const target = deliveryTarget("WEBHOOK", down)!;
  await db.deliveryBreaker.create({ data: { target, state: "HALF_OPEN", failures: 3, opens: 1, retryAt: later } });

  const before = new Date();
  const { log, lines } = captureLog();
  const after = await recordBreakerOutcome(db, target, true, new Date(), log);
  expect(after.state).toBe("CLOSED");
  expect(lines).toContainEqual(expect.objectContaining({ target, released: 1 }));
  expect(await db.deliveryBreaker.findUniqueOrThrow({ where: { target } })).toMatchObject({
    state: "CLOSED",
    failures: 0,
  });
  expect((await jobOf(down)).runAt.getTime()).toBeLessThanOrEqual(Date.now());
  expect((await jobOf(down)).runAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1);
  expect((await jobOf(lookalike)).runAt).toEqual(later);
  expect((await jobOf("someone@test.bridge.local")).runAt).toEqual(later);
});
