import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { checkIdSchema } from "@/lib/domain/slo/settings-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

/** Deletes a check and its results; the samples it recorded stay with their SLOs. A queued run finds nothing and stops. */
export async function deleteHealthCheck(ctx: Ctx, input: unknown) {
  return mutate(ctx, "objective:manage", checkIdSchema, input, async (tx, data) => {
    const before = await tx.healthCheck.findUnique({ where: { id: data.id } });
    if (!before) throw new DomainError("NOT_FOUND", "No such health check.", { id: ["No such check"] });
    await tx.healthCheck.delete({ where: { id: data.id } });
    return {
      result: before,
      audit: { action: "health-check.delete", entityType: "HealthCheck", entityId: before.id, before },
      event: { type: "health-check", id: before.id },
    };
  });
}
