import "server-only";
import type { JobPayload } from "@/lib/domain/jobs";
import type { Ctx } from "../../context";
import { db as defaultDb } from "../../db";
import { logger } from "../../log";
import { notifySubscribers } from "../../subscriptions/notify";
import type { HandlerOptions } from "./index";

/** Mails a published update to its subscribers (lib/server/subscriptions/notify.ts). */
export async function handleSubscriberNotice(
  ctx: Ctx,
  payload: JobPayload<"notify-subscribers">,
  options?: HandlerOptions,
): Promise<void> {
  const created = await notifySubscribers(options?.db ?? defaultDb, payload, ctx.now);
  (options?.log ?? logger).info({ ...payload, created }, "subscriber notice queued");
}
