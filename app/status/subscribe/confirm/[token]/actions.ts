"use server";

import { confirmSubscription, type ConfirmState } from "@/lib/server/subscriptions/confirm";

export type ConfirmResult = ConfirmState | { state: "failed" };

// POST only: a mail scanner fetching the link must not confirm on the reader's behalf.
export async function confirmAction(_prev: ConfirmResult | null, form: FormData): Promise<ConfirmResult> {
  const token = form.get("token");
  if (typeof token !== "string") return { state: "invalid" };
  try {
    return await confirmSubscription(token, new Date());
  } catch (error) {
    console.error("Confirming a subscription failed", error);
    return { state: "failed" };
  }
}
