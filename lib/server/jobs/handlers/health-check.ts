import "server-only";
import { healthCheckJob, type JobPayload } from "@/lib/domain/jobs";
import type { Ctx } from "../../context";
import { db as defaultDb } from "../../db";
import { emit } from "../../events";
import { probe } from "../../slo/run-check";
import { recordSamples, type SampleRow } from "../../slo/record-samples";
import { enqueue } from "../enqueue";
import type { HandlerOptions } from "./index";
import { HANDLER_TX } from "./tx-options";

/**
 * One run of a health check: request its URL, record the result, the check's last state and one
 * sample each into its availability and latency SLOs (which schedules their evaluation within
 * seconds), then schedule the next run. A run whose time is not the check's nextRunAt belongs to
 * a chain that was replaced (the check was disabled and enabled again) and does nothing, as does
 * a run of a disabled or deleted check: enabling it again starts a new chain.
 */
export async function handleHealthCheck(
  ctx: Ctx,
  { checkId, at }: JobPayload<"health-check">,
  options?: HandlerOptions,
): Promise<void> {
  const db = options?.db ?? defaultDb;
  const current = (c: { enabled: boolean; nextRunAt: Date | null } | null) =>
    c !== null && c.enabled && c.nextRunAt?.getTime() === at.getTime();
  const check = await db.healthCheck.findUnique({
    where: { id: checkId },
    include: { latencySlo: { select: { thresholdMs: true } } },
  });
  if (!check || !current(check)) return;
  // The request happens outside any transaction: it may take up to the check's timeout.
  const result = await probe(check);
  const source = `check:${check.id}`;
  const samples: SampleRow[] = [];
  if (check.availabilitySloId)
    samples.push({ sloId: check.availabilitySloId, at, good: result.ok ? 1 : 0, total: 1, latencyP95Ms: null, source });
  if (check.latencySloId) {
    const threshold = check.latencySlo?.thresholdMs ?? null;
    const fast = result.ok && (threshold === null || result.latencyMs <= threshold);
    samples.push({
      sloId: check.latencySloId,
      at,
      good: fast ? 1 : 0,
      total: 1,
      latencyP95Ms: result.latencyMs,
      source,
    });
  }
  // Late (the worker was away): the next run is an interval from now, not a burst of missed ones.
  const next = new Date(Math.max(at.getTime() + check.intervalSeconds * 1000, ctx.now.getTime()));
  await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ enabled: boolean; nextRunAt: Date | null }[]>`
      SELECT enabled, "nextRunAt" FROM "HealthCheck" WHERE id = ${checkId} FOR UPDATE`;
    // Disabled, deleted or re-chained while the request was in flight: its result is not recorded.
    if (!current(locked[0] ?? null)) return;
    await tx.healthCheckResult.create({
      data: { checkId, at, ok: result.ok, status: result.status, latencyMs: result.latencyMs, error: result.error },
    });
    await tx.healthCheck.update({
      where: { id: checkId },
      data: {
        lastCheckedAt: at,
        lastOk: result.ok,
        lastStatus: result.status,
        lastLatencyMs: result.latencyMs,
        lastError: result.error,
        consecutiveFailures: result.ok ? 0 : { increment: 1 },
        nextRunAt: next,
      },
    });
    await recordSamples(tx, samples, ctx.now);
    await enqueue(tx, [healthCheckJob(checkId, next)]);
    // The checks page shows a failure at once, before any evaluation.
    await emit(tx, { type: "health-check", id: checkId });
  }, HANDLER_TX);
}
