"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { actionFailure } from "@/lib/server/errors";
import { removePushSubscription } from "@/lib/server/push/remove";
import { subscribePush } from "@/lib/server/push/subscribe";
import { requireCtx } from "@/lib/server/session";

// The browser's PushSubscription.toJSON() plus its User-Agent: an object, not a form.
export async function subscribePushAction(subscription: unknown): Promise<ActionState> {
  try {
    const saved = await subscribePush(await requireCtx(), subscription);
    revalidatePath("/profile/push");
    return { ok: true, message: `Push notifications are on for ${saved.label}.`, fieldErrors: {}, at: Date.now() };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function removePushAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ id: f.get("id") }), removePushSubscription, {
    revalidate: "/profile/push",
    success: "Device removed. It gets no more push notifications.",
  });
}
