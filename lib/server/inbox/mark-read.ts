import "server-only";
import { z } from "zod";
import { ID_MAX, text } from "@/lib/domain/text";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";

const schema = z.object({ deliveryId: text(ID_MAX).min(1).optional() });

/** Marks one of the user's own messages read, or all of them when no id is given. */
export async function markInboxRead(ctx: Ctx, input: unknown) {
  return mutate(ctx, "status:read", schema, input, async (tx, data) => {
    const userId = actingUserId(ctx);
    const { count } = await tx.delivery.updateMany({
      where: {
        userId: userId ?? "-",
        channel: "IN_APP",
        readAt: null,
        ...(data.deliveryId ? { id: data.deliveryId } : {}),
      },
      data: { readAt: ctx.now },
    });
    return {
      result: { marked: count },
      audit: {
        action: "inbox.read",
        entityType: "Delivery",
        entityId: data.deliveryId ?? null,
        after: { marked: count },
      },
      event: { type: "inbox.changed", id: userId ?? undefined },
    };
  });
}
