import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { renderAlreadySubscribed, renderConfirmation } from "@/lib/domain/subscriber-notice";
import { CONFIRM_LINK_TTL_MS, signupThrottleKeys, subscribeSchema, type ScopeInput } from "@/lib/domain/subscriptions";
import { reserveAttempt } from "../auth/reserve-attempt";
import type { Ctx } from "../context";
import { newId } from "../jobs/new-id";
import { mutate } from "../mutate";
import { parseInput } from "../validate";
import { confirmUrl, manageUrl, newNonce } from "./links";
import { queueSubscriberMail } from "./send-mail";

/** The one answer to every accepted sign-up, whatever the address's state: nothing to enumerate. */
export const SIGNUP_ANSWER =
  "Check your inbox. We have sent an e-mail to that address: follow its link to confirm the subscription.";

/**
 * Checks that chosen components and groups exist and are public; ids from a crafted form
 * would otherwise subscribe to nothing, silently.
 */
export async function checkScopeTargets(tx: Tx, scope: ScopeInput): Promise<void> {
  if (scope.scope === "COMPONENTS") {
    const found = await tx.component.count({ where: { id: { in: scope.componentIds }, public: true } });
    if (found !== scope.componentIds.length)
      throw new DomainError("VALIDATION", "Unknown component", { componentIds: ["Choose components from the list"] });
  }
  if (scope.scope === "GROUP" && scope.groupId) {
    const group = await tx.componentGroup.findUnique({ where: { id: scope.groupId }, select: { id: true } });
    if (!group) throw new DomainError("VALIDATION", "Unknown group", { groupId: ["Choose a group from the list"] });
  }
}

/** Replaces a subscriber's scope and chosen components. */
export async function writeScope(tx: Tx, subscriberId: string, scope: ScopeInput, data: object = {}): Promise<void> {
  await tx.subscriber.update({
    where: { id: subscriberId },
    data: { scope: scope.scope, groupId: scope.groupId, ...data },
  });
  await tx.subscriberComponent.deleteMany({ where: { subscriberId } });
  if (scope.componentIds.length > 0)
    await tx.subscriberComponent.createMany({
      data: scope.componentIds.map((componentId) => ({ subscriberId, componentId })),
    });
}

/**
 * Public sign-up with double opt-in. Counted against the address and the IP before anything is
 * written (under row locks, like sign-in). A new or lapsed address gets a confirmation link;
 * an active one gets a "manage" link instead and keeps its scope: the page says the same either
 * way, so nobody learns who is subscribed. Throws RATE_LIMITED with the seconds to wait.
 */
export async function subscribe(ctx: Ctx, input: unknown, ip: string): Promise<void> {
  const { email } = parseInput(subscribeSchema, input);
  const wait = await reserveAttempt(signupThrottleKeys(email, ip), ctx.now);
  if (wait > 0)
    throw new DomainError(
      "RATE_LIMITED",
      `Too many sign-ups from here or for this address. Try again in ${wait} second${wait === 1 ? "" : "s"}.`,
    );
  await mutate(ctx, "status:read", subscribeSchema, input, async (tx, data) => {
    await checkScopeTargets(tx, data);
    // Two sign-ups for one new address at once: the insert of one is skipped, both lock the row.
    await tx.$executeRaw`INSERT INTO "Subscriber" (id, email, "updatedAt") VALUES (${newId()}, ${data.email}, ${ctx.now}) ON CONFLICT (email) DO NOTHING`;
    const [row] = await tx.$queryRaw<{ id: string; confirmedAt: Date | null; unsubscribedAt: Date | null }[]>`
      SELECT id, "confirmedAt", "unsubscribedAt" FROM "Subscriber" WHERE email = ${data.email} FOR UPDATE`;
    const active = row.confirmedAt !== null && row.unsubscribedAt === null;
    if (active) {
      const mail = renderAlreadySubscribed(manageUrl(row.id));
      await queueSubscriberMail(
        tx,
        { to: data.email, ...mail, key: `subscribe:already:${row.id}:${ctx.now.getTime()}` },
        ctx.now,
      );
    } else {
      const nonce = newNonce();
      await writeScope(tx, row.id, data, { confirmNonce: nonce });
      const mail = renderConfirmation(confirmUrl(row.id, nonce, ctx.now), CONFIRM_LINK_TTL_MS / 3_600_000);
      await queueSubscriberMail(tx, { to: data.email, ...mail, key: `subscribe:confirm:${row.id}:${nonce}` }, ctx.now);
    }
    return {
      result: undefined,
      audit: {
        action: active ? "subscriber.signup-repeated" : "subscriber.signup",
        entityType: "Subscriber",
        entityId: row.id,
        after: { scope: data.scope, componentIds: data.componentIds, groupId: data.groupId },
      },
    };
  });
}
