import "server-only";
import { scopeSchema, type SubscriptionScope } from "@/lib/domain/subscriptions";
import { DomainError } from "@/lib/domain/errors";
import { db } from "../db";
import { mutate } from "../mutate";
import { subscriberOfManageToken } from "./links";
import { checkScopeTargets, writeScope } from "./subscribe";
import { visitorCtx } from "./visitor";

export type Subscription = {
  id: string;
  email: string;
  scope: SubscriptionScope;
  componentIds: string[];
  groupId: string | null;
  confirmedAt: Date | null;
  unsubscribedAt: Date | null;
};

export async function readSubscription(where: { id: string } | { email: string }): Promise<Subscription | null> {
  const sub = await db.subscriber.findUnique({
    where,
    select: {
      id: true,
      email: true,
      scope: true,
      groupId: true,
      confirmedAt: true,
      unsubscribedAt: true,
      components: { select: { componentId: true } },
    },
  });
  if (!sub) return null;
  const { components, ...rest } = sub;
  return { ...rest, componentIds: components.map((c) => c.componentId) };
}

export async function subscriptionOfManageLink(token: string): Promise<Subscription | null> {
  const id = subscriberOfManageToken(token);
  return id ? readSubscription({ id }) : null;
}

/**
 * Saves the scope from a manage link. The link reached the subscriber's own mailbox, which is the
 * proof double opt-in asks for, so saving also (re)starts the subscription.
 */
export async function updateByManageLink(token: string, input: unknown, now: Date): Promise<void> {
  const id = subscriberOfManageToken(token);
  if (!id) throw new DomainError("NOT_FOUND", "This link is not valid.");
  await mutate(visitorCtx(now, "manage link"), "status:read", scopeSchema, input, async (tx, data) => {
    const before = await tx.subscriber.findUnique({ where: { id }, select: { scope: true, confirmedAt: true } });
    if (!before) throw new DomainError("NOT_FOUND", "This subscription no longer exists.");
    await checkScopeTargets(tx, data);
    await writeScope(tx, id, data, {
      unsubscribedAt: null,
      confirmNonce: null,
      confirmedAt: before.confirmedAt ?? now,
    });
    return {
      result: undefined,
      audit: {
        action: "subscriber.update",
        entityType: "Subscriber",
        entityId: id,
        before: { scope: before.scope },
        after: data,
      },
    };
  });
}
