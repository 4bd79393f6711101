import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { z } from "zod";
import { db } from "../db";
import { mutate } from "../mutate";
import { subscriberOfUnsubscribeToken } from "./links";
import { visitorCtx } from "./visitor";

export type UnsubscribeState = { state: "invalid" } | { state: "active" | "unsubscribed" | "already"; email: string };

export async function inspectUnsubscribeLink(token: string): Promise<UnsubscribeState> {
  const id = subscriberOfUnsubscribeToken(token);
  const sub = id
    ? await db.subscriber.findUnique({ where: { id }, select: { email: true, unsubscribedAt: true } })
    : null;
  if (!sub) return { state: "invalid" };
  return { state: sub.unsubscribedAt ? "already" : "active", email: sub.email };
}

/**
 * Ends a subscription (kept as a row, so old links say "already done") and withdraws its mail not
 * yet handed to the SMTP server: nothing more reaches someone who has left. Returns false when it
 * had already ended.
 */
export async function endSubscription(tx: Tx, subscriberId: string, now: Date): Promise<boolean> {
  const { count } = await tx.subscriber.updateMany({
    where: { id: subscriberId, unsubscribedAt: null },
    data: { unsubscribedAt: now, confirmNonce: null },
  });
  await tx.delivery.updateMany({
    where: { subscriberId, status: { in: ["PENDING", "FAILED"] }, lockedUntil: null },
    data: { status: "DEAD", lastError: "Unsubscribed before it was sent", nextAttemptAt: null },
  });
  return count > 0;
}

const input = z.object({ subscriberId: z.string() });

/** The link in every subscriber e-mail, and its RFC 8058 one-click POST: no sign-in, no questions. */
export async function unsubscribeByLink(token: string, now: Date): Promise<UnsubscribeState> {
  const subscriberId = subscriberOfUnsubscribeToken(token);
  const sub = subscriberId
    ? await db.subscriber.findUnique({ where: { id: subscriberId }, select: { email: true } })
    : null;
  if (!subscriberId || !sub) return { state: "invalid" };
  const ended = await mutate(
    visitorCtx(now, "unsubscribe link"),
    "status:read",
    input,
    { subscriberId },
    async (tx) => {
      const changed = await endSubscription(tx, subscriberId, now);
      return {
        result: changed,
        audit: {
          action: changed ? "subscriber.unsubscribe" : "subscriber.unsubscribe-repeated",
          entityType: "Subscriber",
          entityId: subscriberId,
        },
      };
    },
  );
  return { state: ended ? "unsubscribed" : "already", email: sub.email };
}
