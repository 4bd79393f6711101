import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { healthCheckJob } from "@/lib/domain/jobs";
import { checkEnabledSchema } from "@/lib/domain/slo/settings-input";
import type { Ctx } from "../context";
import { enqueue } from "../jobs/enqueue";
import { mutate } from "../mutate";

/** Enables a check (its first run now) or disables it (a queued run then does nothing). */
export async function setHealthCheckEnabled(ctx: Ctx, input: unknown) {
  return mutate(ctx, "objective:manage", checkEnabledSchema, input, async (tx, data) => {
    const before = await tx.healthCheck.findUnique({ where: { id: data.id } });
    if (!before) throw new DomainError("NOT_FOUND", "No such health check.", { id: ["No such check"] });
    if (before.enabled === data.enabled)
      throw new DomainError("CONFLICT", data.enabled ? "Already enabled." : "Already disabled.", {
        enabled: [data.enabled ? "Already enabled" : "Already disabled"],
      });
    const check = await tx.healthCheck.update({
      where: { id: data.id },
      data: { enabled: data.enabled, nextRunAt: data.enabled ? ctx.now : null },
    });
    if (data.enabled) await enqueue(tx, [healthCheckJob(check.id, ctx.now)]);
    return {
      result: check,
      audit: {
        action: data.enabled ? "health-check.enable" : "health-check.disable",
        entityType: "HealthCheck",
        entityId: check.id,
        before,
        after: check,
      },
      event: { type: "health-check", id: check.id },
    };
  });
}
