import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { reviewRiskSchema } from "@/lib/domain/risk-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

/**
 * Marks a risk reviewed now and sets its next review. The audit row is also the review's record:
 * the readiness page counts these per month as plan reviews.
 */
export async function reviewRisk(ctx: Ctx, input: unknown) {
  return mutate(ctx, "dr:manage", reviewRiskSchema, input, async (tx, data) => {
    const before = await tx.risk.findUnique({ where: { id: data.id } });
    if (!before) throw new DomainError("NOT_FOUND", "No such risk.", { id: ["No such risk"] });
    if (data.nextReviewDueAt <= ctx.now)
      throw new DomainError("VALIDATION", "The next review must be in the future.", {
        nextReviewDueAt: ["Choose a date after today"],
      });
    const risk = await tx.risk.update({
      where: { id: before.id },
      data: { reviewedAt: ctx.now, reviewDueAt: data.nextReviewDueAt },
    });
    return {
      result: risk,
      audit: { action: "risk.review", entityType: "Risk", entityId: risk.id, before, after: risk },
      event: { type: "dr.changed", id: risk.id },
    };
  });
}
