import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { ID_MAX, text } from "@/lib/domain/text";
import { DomainError } from "@/lib/domain/errors";
import { deliverJob, deliveryClass } from "@/lib/domain/jobs";
import { maskWebhookUrl } from "@/lib/domain/webhook-mask";
import type { Ctx } from "../context";
import { enqueue } from "../jobs/enqueue";
import { mutate } from "../mutate";

const retrySchema = z.object({
  deliveryId: text(ID_MAX, { error: "Delivery is required" }).min(1, "Delivery is required"),
});

/** Puts a failed or dead-lettered delivery back in the queue to be tried at once. */
export async function retryDelivery(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:respond", retrySchema, input, async (tx, data) => {
    await tx.$queryRaw`SELECT id FROM "Delivery" WHERE id = ${data.deliveryId} FOR UPDATE`;
    const before = await tx.delivery.findUnique({ where: { id: data.deliveryId } });
    if (!before) throw new DomainError("NOT_FOUND", "No such delivery", { deliveryId: ["No such delivery"] });
    if (before.status !== "FAILED" && before.status !== "DEAD") {
      const why = before.status === "SENT" ? "was sent already" : "is already waiting to be sent";
      const to =
        before.channel === "WEBHOOK" && ctx.actor.role !== "ADMIN"
          ? maskWebhookUrl(before.recipient)
          : before.recipient;
      throw new DomainError("CONFLICT", `This message to ${to} ${why}.`, {
        deliveryId: [`Status is ${before.status}`],
      });
    }
    const after = await tx.delivery.update({
      where: { id: before.id },
      data: { status: "PENDING", nextAttemptAt: ctx.now, lockedUntil: null },
    });
    // A fresh key: the earlier attempts' jobs keep theirs, and a second retry is a new deadline.
    await enqueue(tx, [
      deliverJob(before.id, deliveryClass(before), ctx.now, `retry:${ctx.now.getTime()}:${randomUUID().slice(0, 8)}`),
    ]);
    const { body: _body, ...auditBefore } = before;
    return {
      result: after,
      audit: {
        action: "delivery.retry",
        entityType: "Delivery",
        entityId: before.id,
        before: auditBefore,
        after: { status: after.status, nextAttemptAt: after.nextAttemptAt },
      },
      event: before.incidentId ? { type: "incident.changed", id: before.incidentId } : undefined,
    };
  });
}
