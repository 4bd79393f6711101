import "server-only";
import { nextSloRoundAt, SLO_ROUND_INTERVAL_MS, sloEvaluateJob, type JobPayload } from "@/lib/domain/jobs";
import type { Ctx } from "../../context";
import { db as defaultDb } from "../../db";
import { evaluateSloAlerts } from "../../slo/evaluate-alerts";
import { enqueue } from "../enqueue";
import type { HandlerOptions } from "./index";

/**
 * Evaluates one SLO's alert rules (after its samples arrived), or every SLO's (sloId null): the
 * per-minute round, which also finds missing data and lets rules stop firing when samples stop,
 * and schedules the next round a minute later (or at the next whole minute, if the worker was away).
 */
export async function handleSloEvaluate(
  ctx: Ctx,
  { sloId, at }: JobPayload<"slo-evaluate">,
  options?: HandlerOptions,
): Promise<void> {
  const db = options?.db ?? defaultDb;
  await evaluateSloAlerts(db, sloId === null ? null : [sloId], ctx.now);
  if (sloId === null) {
    const next = new Date(Math.max(at.getTime() + SLO_ROUND_INTERVAL_MS, nextSloRoundAt(ctx.now).getTime()));
    await enqueue(db, [sloEvaluateJob(null, next)]);
  }
}
