import "server-only";
import { nextRpoWatchAt, RPO_WATCH_INTERVAL_MS, rpoWatchJob, type JobPayload } from "@/lib/domain/jobs";
import { checkRpo } from "../../backups/check-rpo";
import type { Ctx } from "../../context";
import { db as defaultDb } from "../../db";
import { enqueue } from "../enqueue";
import type { HandlerOptions } from "./index";
import { HANDLER_TX } from "./tx-options";

/**
 * Judges every data asset's RPO, announces each new breach once and forgets breaches that ended
 * (lib/server/backups/check-rpo.ts), then schedules the next watch an interval later (or at the
 * next boundary, if the worker was away).
 */
export async function handleRpoWatch(
  ctx: Ctx,
  { at }: JobPayload<"rpo-watch">,
  options?: HandlerOptions,
): Promise<void> {
  const db = options?.db ?? defaultDb;
  await db.$transaction((tx) => checkRpo(tx, ctx.now), HANDLER_TX);
  const next = new Date(Math.max(at.getTime() + RPO_WATCH_INTERVAL_MS, nextRpoWatchAt(ctx.now).getTime()));
  await enqueue(db, [rpoWatchJob(next)]);
}
