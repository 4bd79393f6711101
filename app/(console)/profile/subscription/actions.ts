"use server";

import type { ActionState } from "@/lib/domain/action-state";
import { scopeFromForm } from "@/lib/domain/subscriptions";
import { runAction } from "@/lib/server/action";
import { saveMySubscription, unsubscribeMe } from "@/lib/server/subscriptions/own";

export async function saveMySubscriptionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, scopeFromForm, saveMySubscription, {
    revalidate: "/profile/subscription",
    success: "Saved. Status updates go to your account's address.",
  });
}

export async function unsubscribeMeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, () => ({}), unsubscribeMe, {
    revalidate: "/profile/subscription",
    success: "Unsubscribed.",
  });
}
