"use server";

import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { removeSubscriber } from "@/lib/server/subscriptions/remove";

export async function removeSubscriberAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ id: String(f.get("id") ?? "") }), removeSubscriber, {
    revalidate: "/admin/subscribers",
    success: "Removed.",
  });
}
