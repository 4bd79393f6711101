import "server-only";
import { deviceLabel, pushSubscriptionInput } from "@/lib/domain/push";
import type { Ctx } from "../context";
import { env } from "../env";
import { mutate } from "../mutate";
import { ownUserId } from "./own-user";

/**
 * Saves the browser's subscription for the signed-in person. The endpoint identifies the browser:
 * subscribing again (new keys) updates it, and a browser another person subscribed on before now
 * notifies whoever subscribed last, since that is who holds the device.
 */
export async function subscribePush(ctx: Ctx, input: unknown): Promise<{ id: string; label: string }> {
  const userId = ownUserId(ctx);
  const schema = pushSubscriptionInput(env.NODE_ENV !== "production");
  return mutate(ctx, "incident:read", schema, input, async (tx, data) => {
    const label = deviceLabel(data.userAgent);
    const fields = { userId, p256dh: data.keys.p256dh, auth: data.keys.auth, label };
    const saved = await tx.pushSubscription.upsert({
      where: { endpoint: data.endpoint },
      create: { endpoint: data.endpoint, ...fields, createdAt: ctx.now },
      update: { ...fields, lastFailureAt: null },
      select: { id: true, label: true },
    });
    return {
      result: saved,
      audit: {
        action: "push_subscription.create",
        entityType: "PushSubscription",
        entityId: saved.id,
        after: { label },
      },
    };
  });
}
