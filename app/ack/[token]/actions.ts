"use server";

import { acknowledgeByLink, type AckLinkState } from "@/lib/server/incidents/acknowledge-by-link";

/** An unexpected failure is said plainly rather than thrown at someone woken at night. */
export type AckResult = AckLinkState | { state: "failed" };

// POST only: a GET of the link (a mail scanner's prefetch) must never acknowledge.
export async function acknowledgeLinkAction(_prev: AckResult | null, form: FormData): Promise<AckResult> {
  const token = form.get("token");
  if (typeof token !== "string") return { state: "invalid" };
  try {
    return await acknowledgeByLink(token, new Date());
  } catch (error) {
    console.error("Acknowledging by link failed", error);
    return { state: "failed" };
  }
}
