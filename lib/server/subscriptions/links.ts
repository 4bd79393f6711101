import "server-only";
import { randomBytes } from "node:crypto";
import { CONFIRM_LINK_TTL_MS } from "@/lib/domain/subscriptions";
import {
  confirmToken,
  subscriberToken,
  verifyConfirmToken,
  verifySubscriberToken,
  type ConfirmCheck,
} from "@/lib/domain/subscription-token";
import { appUrl } from "../app-url";
import { env } from "../env";

// Subscriber links are signed with the app secret, like acknowledge links.
function secret(): string {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is needed to sign subscriber links");
  return env.NEXTAUTH_SECRET;
}

/** A fresh single-use nonce for a confirmation link; a newer one makes older links stale. */
export const newNonce = () => randomBytes(18).toString("base64url");

export function confirmUrl(subscriberId: string, nonce: string, now: Date): string {
  const token = confirmToken(secret(), subscriberId, nonce, new Date(now.getTime() + CONFIRM_LINK_TTL_MS));
  return appUrl(`/status/subscribe/confirm/${token}`);
}

export const checkConfirmToken = (token: string, now: Date): ConfirmCheck => verifyConfirmToken(secret(), token, now);

export const manageToken = (subscriberId: string) => subscriberToken(secret(), "manage", subscriberId);
export const unsubscribeToken = (subscriberId: string) => subscriberToken(secret(), "unsubscribe", subscriberId);
export const manageUrl = (subscriberId: string) => appUrl(`/status/subscriptions/manage/${manageToken(subscriberId)}`);
/** The one-click target too (RFC 8058): a POST here unsubscribes, a GET shows a page with a button. */
export const unsubscribeUrl = (subscriberId: string) => appUrl(`/status/unsubscribe/${unsubscribeToken(subscriberId)}`);

export const subscriberOfManageToken = (token: string) => verifySubscriberToken(secret(), "manage", token);
export const subscriberOfUnsubscribeToken = (token: string) => verifySubscriberToken(secret(), "unsubscribe", token);
