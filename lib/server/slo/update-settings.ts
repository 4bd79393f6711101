import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { sloEvaluateJob } from "@/lib/domain/jobs";
import { sloSettingsSchema } from "@/lib/domain/slo/settings-input";
import type { Ctx } from "../context";
import { enqueue } from "../jobs/enqueue";
import { mutate } from "../mutate";

/**
 * Changes an SLO's objective and alerting. The rules are evaluated again at once, so a new mode
 * or threshold shows (or stops) its alerts within seconds rather than at the next sample.
 */
export async function updateSloSettings(ctx: Ctx, input: unknown) {
  return mutate(ctx, "objective:manage", sloSettingsSchema, input, async (tx, data) => {
    const before = await tx.slo.findUnique({ where: { slug: data.slug } });
    if (!before) throw new DomainError("NOT_FOUND", "No such SLO.", { slug: ["No such SLO"] });
    const latency = before.kind === "LATENCY_P95";
    if (latency && data.thresholdMs === undefined)
      throw new DomainError("VALIDATION", "A latency SLO needs its threshold.", {
        thresholdMs: ["Required for a latency SLO: requests slower than this are bad"],
      });
    const slo = await tx.slo.update({
      where: { id: before.id },
      data: {
        targetPercent: data.targetPercent,
        // Only a latency SLO has a threshold; the others keep what they have (none).
        thresholdMs: latency ? data.thresholdMs : before.thresholdMs,
        window: data.window,
        windowDays: data.windowDays,
        minRequests: data.minRequests,
        expectedIntervalSeconds: data.expectedIntervalSeconds,
        alertMode: data.alertMode,
        pageSeverity: data.pageSeverity,
        ticketSeverity: data.ticketSeverity,
      },
    });
    await enqueue(tx, [sloEvaluateJob(slo.id, ctx.now)]);
    return {
      result: slo,
      audit: { action: "slo.settings", entityType: "Slo", entityId: slo.id, before, after: slo },
      event: { type: "slo", id: slo.id },
    };
  });
}
