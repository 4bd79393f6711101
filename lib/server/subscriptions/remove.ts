import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/domain/errors";
import { ID_MAX, text } from "@/lib/domain/text";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

const input = z.object({ id: text(ID_MAX).min(1) });

/** An admin deletes a subscriber outright (a complaint, an erasure request); its sent mail stays as history. */
export async function removeSubscriber(ctx: Ctx, raw: unknown): Promise<void> {
  await mutate(ctx, "subscriber:manage", input, raw, async (tx, { id }) => {
    const before = await tx.subscriber.findUnique({ where: { id }, select: { email: true, scope: true } });
    if (!before) throw new DomainError("NOT_FOUND", "That subscriber no longer exists.");
    await tx.delivery.updateMany({
      where: { subscriberId: id, status: { in: ["PENDING", "FAILED"] }, lockedUntil: null },
      data: { status: "DEAD", lastError: "Subscriber removed before it was sent", nextAttemptAt: null },
    });
    await tx.subscriber.delete({ where: { id } });
    return {
      result: undefined,
      audit: { action: "subscriber.remove", entityType: "Subscriber", entityId: id, before },
    };
  });
}
