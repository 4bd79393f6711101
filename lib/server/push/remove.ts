import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/domain/errors";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { ownUserId } from "./own-user";

const input = z.object({ id: z.string().min(1, "Choose a device").max(64) });

/** Removes one of the person's own devices; another person's is as good as missing (404). */
export async function removePushSubscription(ctx: Ctx, raw: unknown): Promise<void> {
  const userId = ownUserId(ctx);
  await mutate(ctx, "incident:read", input, raw, async (tx, { id }) => {
    const before = await tx.pushSubscription.findFirst({ where: { id, userId }, select: { id: true, label: true } });
    if (!before) throw new DomainError("NOT_FOUND", "That device is not subscribed.");
    await tx.pushSubscription.delete({ where: { id } });
    return {
      result: undefined,
      audit: { action: "push_subscription.delete", entityType: "PushSubscription", entityId: id, before },
    };
  });
}
