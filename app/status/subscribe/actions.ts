"use server";

import { headers } from "next/headers";
import type { ActionState } from "@/lib/domain/action-state";
import { scopeEcho, scopeFromForm } from "@/lib/domain/subscriptions";
import { clientIpFrom } from "@/lib/server/client-ip";
import { actionFailure } from "@/lib/server/errors";
import { SIGNUP_ANSWER, subscribe } from "@/lib/server/subscriptions/subscribe";
import { visitorCtx } from "@/lib/server/subscriptions/visitor";

/** The sign-up form's post; the answer is the same for every address it accepts. */
export async function subscribeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const email = String(form.get("email") ?? "");
  try {
    await subscribe(visitorCtx(new Date()), { email, ...scopeFromForm(form) }, clientIpFrom(await headers()));
    return { ok: true, message: SIGNUP_ANSWER, fieldErrors: {}, at: Date.now() };
  } catch (error) {
    return actionFailure(error, { email, ...scopeEcho(form) });
  }
}
