"use server";

import { runAction } from "@/lib/server/action";
import type { ActionState } from "@/lib/domain/action-state";
import { markInboxRead } from "@/lib/server/inbox/mark-read";

export async function markReadAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const id = form.get("deliveryId");
  return runAction(form, () => ({ deliveryId: typeof id === "string" && id ? id : undefined }), markInboxRead, {
    revalidate: "/inbox",
    success: "Marked read.",
  });
}
