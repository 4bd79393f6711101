import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/domain/errors";
import { scopeSchema } from "@/lib/domain/subscriptions";
import { authorize } from "../authorize";
import { actingUserId, type Ctx } from "../context";
import { db } from "../db";
import { mutate } from "../mutate";
import { readSubscription, type Subscription } from "./manage";
import { checkScopeTargets, writeScope } from "./subscribe";
import { endSubscription } from "./unsubscribe";

// A signed-in person's own status-page subscription, for their account's address. Their account
// was made by an admin for that address, so it needs no confirmation link.

async function myEmail(ctx: Ctx): Promise<string> {
  const id = actingUserId(ctx);
  if (!id) throw new DomainError("FORBIDDEN", "Only a signed-in person has their own subscription.");
  const user = await db.user.findUniqueOrThrow({ where: { id }, select: { email: true } });
  return user.email.toLowerCase();
}

export async function mySubscription(ctx: Ctx): Promise<{ email: string; subscription: Subscription | null }> {
  authorize(ctx, "status:read");
  const email = await myEmail(ctx);
  return { email, subscription: await readSubscription({ email }) };
}

export async function saveMySubscription(ctx: Ctx, input: unknown): Promise<void> {
  authorize(ctx, "status:read");
  const email = await myEmail(ctx);
  await mutate(ctx, "status:read", scopeSchema, input, async (tx, data) => {
    await checkScopeTargets(tx, data);
    const sub = await tx.subscriber.upsert({
      where: { email },
      create: { email, userId: actingUserId(ctx), confirmedAt: ctx.now },
      update: {},
      select: { id: true, confirmedAt: true, scope: true },
    });
    await writeScope(tx, sub.id, data, {
      userId: actingUserId(ctx),
      unsubscribedAt: null,
      confirmNonce: null,
      confirmedAt: sub.confirmedAt ?? ctx.now,
    });
    return {
      result: undefined,
      audit: { action: "subscriber.update", entityType: "Subscriber", entityId: sub.id, after: data },
    };
  });
}

export async function unsubscribeMe(ctx: Ctx): Promise<void> {
  authorize(ctx, "status:read");
  const email = await myEmail(ctx);
  await mutate(ctx, "status:read", z.object({}), {}, async (tx) => {
    const sub = await tx.subscriber.findUnique({ where: { email }, select: { id: true } });
    if (!sub) throw new DomainError("NOT_FOUND", "You have no subscription.");
    await endSubscription(tx, sub.id, ctx.now);
    return {
      result: undefined,
      audit: { action: "subscriber.unsubscribe", entityType: "Subscriber", entityId: sub.id },
    };
  });
}
