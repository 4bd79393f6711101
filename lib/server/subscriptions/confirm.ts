import "server-only";
import { z } from "zod";
import { DomainError, isDomainError } from "@/lib/domain/errors";
import { db } from "../db";
import { mutate } from "../mutate";
import { checkConfirmToken, manageToken } from "./links";
import { visitorCtx } from "./visitor";

/**
 * What a confirmation link leads to. `pending`: it can confirm. `used`: a newer link replaced it,
 * or the subscription ended since. Reading never confirms; the page's button posts.
 */
export type ConfirmState =
  | { state: "invalid" | "expired" | "used" }
  | { state: "pending" | "confirmed" | "already"; email: string; manageToken: string };

async function stateOf(subscriberId: string, nonce: string): Promise<ConfirmState> {
  const sub = await db.subscriber.findUnique({
    where: { id: subscriberId },
    select: { email: true, confirmNonce: true, confirmedAt: true, unsubscribedAt: true },
  });
  if (!sub) return { state: "invalid" };
  const links = { email: sub.email, manageToken: manageToken(subscriberId) };
  if (sub.confirmNonce === nonce) return { state: "pending", ...links };
  if (sub.confirmedAt && !sub.unsubscribedAt) return { state: "already", ...links };
  return { state: "used" };
}

export async function inspectConfirmLink(token: string, now: Date): Promise<ConfirmState> {
  const check = checkConfirmToken(token, now);
  return check.ok ? stateOf(check.subscriberId, check.nonce) : { state: check.reason };
}

const confirmInput = z.object({ subscriberId: z.string(), nonce: z.string() });

/** Confirms once: the nonce is cleared in the same statement that checks it. */
export async function confirmSubscription(token: string, now: Date): Promise<ConfirmState> {
  const check = checkConfirmToken(token, now);
  if (!check.ok) return { state: check.reason };
  try {
    await mutate(visitorCtx(now, "confirmation link"), "status:read", confirmInput, check, async (tx, data) => {
      const { count } = await tx.subscriber.updateMany({
        where: { id: data.subscriberId, confirmNonce: data.nonce },
        data: { confirmedAt: now, confirmNonce: null, unsubscribedAt: null },
      });
      if (count === 0) throw new DomainError("CONFLICT", "This link was used or replaced.");
      return {
        result: undefined,
        audit: { action: "subscriber.confirm", entityType: "Subscriber", entityId: data.subscriberId },
      };
    });
  } catch (error) {
    if (isDomainError(error) && error.code === "CONFLICT") return stateOf(check.subscriberId, check.nonce);
    throw error;
  }
  const state = await stateOf(check.subscriberId, check.nonce);
  return state.state === "already" ? { ...state, state: "confirmed" } : state;
}
