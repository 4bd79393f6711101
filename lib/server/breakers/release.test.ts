// Closing a webhook origin's breaker releases the deliveries waiting on that origin, and only those.
import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { breakerTarget } from "@/lib/domain/breaker";
import { createTestUser } from "@/scripts/test/fixtures";
import { userCtx } from "../context";
import { db } from "../db";
import { declareIncident } from "../incidents/declare";
import { captureLog } from "../jobs/test-worker";
import { createDeliveries } from "../notify/create-deliveries";
import { recordBreakerOutcome } from "./record-outcome";

it("makes the waiting sends to the origin whose probe succeeded due now, and leaves other targets waiting", async () => {
  const commander = await createTestUser("COMMANDER");
  const component = await db.component.findUniqueOrThrow({ where: { slug: "ci-cd-pipeline" } });
  const incident = await declareIncident(userCtx(commander, new Date()), {
    title: `Hooks down ${randomUUID().slice(0, 8)}`,
    severity: "SEV3",
    componentIds: [component.id],
  });
  const down = "http://127.0.0.1:9/hooks/a?x=1";
  const lookalike = "http://127.0.0.1:90/hooks/b";
  const key = `test:${randomUUID()}`;
  await db.$transaction((tx) =>
    createDeliveries(
      tx,
      { incidentId: incident.id, keyPrefix: key },
      [
        { channel: "WEBHOOK", recipient: down },
        { channel: "WEBHOOK", recipient: lookalike },
        { channel: "EMAIL", recipient: "someone@test.bridge.local" },
      ],
      { subject: "S", body: "B" },
      new Date(),
    ),
  );
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
  const target = breakerTarget("WEBHOOK", down)!;
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
