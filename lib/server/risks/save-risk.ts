import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { riskSchema } from "@/lib/domain/risk-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

/** Adds a risk to the register, or changes one (with `id`). The owner must be an active user. */
export async function saveRisk(ctx: Ctx, input: unknown) {
  return mutate(ctx, "dr:manage", riskSchema, input, async (tx, data) => {
    if (data.ownerId) {
      const owner = await tx.user.findUnique({ where: { id: data.ownerId }, select: { active: true } });
      if (!owner?.active) throw new DomainError("VALIDATION", "Unknown owner.", { ownerId: ["Choose an active user"] });
    }
    const fields = {
      title: data.title,
      probability: data.probability,
      impact: data.impact,
      mitigationPriority: data.mitigationPriority,
      mitigation: data.mitigation,
      ownerId: data.ownerId ?? null,
      reviewDueAt: data.reviewDueAt ?? null,
    };
    const before = data.id ? await tx.risk.findUnique({ where: { id: data.id } }) : null;
    if (data.id && !before) throw new DomainError("NOT_FOUND", "No such risk.", { id: ["No such risk"] });
    const risk = before
      ? await tx.risk.update({ where: { id: before.id }, data: fields })
      : // A key keeps added risks apart from the plan's seeded ones, which the seed finds by key.
        await tx.risk.create({ data: { ...fields, key: `risk-${crypto.randomUUID()}` } });
    return {
      result: risk,
      audit: {
        action: before ? "risk.update" : "risk.create",
        entityType: "Risk",
        entityId: risk.id,
        before,
        after: risk,
      },
      event: { type: "dr.changed", id: risk.id },
    };
  });
}
