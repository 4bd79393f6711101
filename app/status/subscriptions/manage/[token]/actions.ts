"use server";

import type { ActionState } from "@/lib/domain/action-state";
import { scopeEcho, scopeFromForm } from "@/lib/domain/subscriptions";
import { actionFailure } from "@/lib/server/errors";
import { updateByManageLink } from "@/lib/server/subscriptions/manage";

export async function saveScopeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await updateByManageLink(String(form.get("token") ?? ""), scopeFromForm(form), new Date());
    return { ok: true, message: "Saved. You will get updates about what you chose.", fieldErrors: {}, at: Date.now() };
  } catch (error) {
    return actionFailure(error, scopeEcho(form));
  }
}
