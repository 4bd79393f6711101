// Retrying a failed or dead-lettered delivery: back to PENDING now, with a fresh deliver job;
// anything else is refused.
import { beforeAll, describe, expect, it } from "vitest";
import { deliverKeyPrefix } from "@/lib/domain/jobs";
import { db } from "@/lib/server/db";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { retryDelivery } from "./retry-delivery";
import { sendObligationNow } from "./send-obligation-now";
import { declare, later, users, type TestUser } from "./test-fixtures";

describe("retryDelivery", () => {
  const t0 = new Date("2026-06-03T04:00:00Z");
  let commander: TestUser, responder: TestUser, stakeholder: TestUser;
  let deliveryIds: string[];

  beforeAll(async () => {
    [commander, responder, stakeholder] = await users("COMMANDER", "RESPONDER", "STAKEHOLDER");
    const incident = await declare(commander, { severity: "SEV2", now: t0 });
    const obligation = await db.notificationObligation.findFirstOrThrow({
      where: { incidentId: incident.id, group: { key: "incident_commander" } },
    });
    await sendObligationNow(ctxOf(commander, t0), { obligationId: obligation.id });
    deliveryIds = (
      await db.delivery.findMany({ where: { obligationId: obligation.id }, orderBy: { channel: "asc" } })
    ).map((d) => d.id);
    expect(deliveryIds).toHaveLength(2);
  });

  const fail = (id: string, status: "FAILED" | "DEAD") =>
    db.delivery.update({
      where: { id },
      data: {
        status,
        attempts: 3,
        lastError: "connect ECONNREFUSED 127.0.0.1:25",
        nextAttemptAt: status === "FAILED" ? later(t0, 60) : null,
        lockedUntil: later(t0, 1),
      },
    });
  const retryJobs = (id: string) =>
    db.job.findMany({ where: { kind: "deliver", key: { startsWith: `${deliverKeyPrefix(id)}retry:` } } });

  it("puts a FAILED delivery back to PENDING now, unlocked, with a new deliver job and an audit row", async () => {
    const [id] = deliveryIds;
    await fail(id, "FAILED");
    const now = later(t0, 2);
    const after = await retryDelivery(ctxOf(responder, now), { deliveryId: id });
    expect(after).toMatchObject({ id, status: "PENDING", nextAttemptAt: now, lockedUntil: null, attempts: 3 });
    const jobs = await retryJobs(id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: "PENDING", runAt: now, payload: { deliveryId: id } });
    const audit = await db.auditLog.findMany({ where: { action: "delivery.retry", entityId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: responder.id,
      before: { status: "FAILED" },
      after: { status: "PENDING" },
    });
  });

  it("retries a DEAD delivery too, each retry with its own job", async () => {
    const [id] = deliveryIds;
    await fail(id, "DEAD");
    await retryDelivery(ctxOf(commander, later(t0, 3)), { deliveryId: id });
    expect((await db.delivery.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    expect(await retryJobs(id)).toHaveLength(2);
  });

  it("refuses a delivery that is pending or sent with CONFLICT", async () => {
    const [pending, other] = deliveryIds;
    expect((await rejection(() => retryDelivery(ctxOf(responder), { deliveryId: pending }))).code).toBe("CONFLICT");
    await db.delivery.update({ where: { id: other }, data: { status: "SENT", sentAt: t0 } });
    const sent = await rejection(() => retryDelivery(ctxOf(responder), { deliveryId: other }));
    expect(sent.code).toBe("CONFLICT");
    expect(sent.message).toMatch(/was sent already/);
    expect(await retryJobs(other)).toHaveLength(0);
  });

  it("refuses a stakeholder, and answers NOT_FOUND for an unknown delivery", async () => {
    const [id] = deliveryIds;
    await fail(id, "FAILED");
    expect((await rejection(() => retryDelivery(ctxOf(stakeholder), { deliveryId: id }))).code).toBe("FORBIDDEN");
    expect((await db.delivery.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");
    expect((await rejection(() => retryDelivery(ctxOf(responder), { deliveryId: "no-such-delivery" }))).code).toBe(
      "NOT_FOUND",
    );
  });
});
