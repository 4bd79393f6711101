import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { riskIdSchema } from "@/lib/domain/risk-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

/** Removes a risk from the register; the audit row keeps what it was. */
export async function deleteRisk(ctx: Ctx, input: unknown) {
  return mutate(ctx, "dr:manage", riskIdSchema, input, async (tx, data) => {
    const before = await tx.risk.findUnique({ where: { id: data.id } });
    if (!before) throw new DomainError("NOT_FOUND", "No such risk.", { id: ["No such risk"] });
    await tx.risk.delete({ where: { id: before.id } });
    return {
      result: before,
      audit: { action: "risk.delete", entityType: "Risk", entityId: before.id, before },
      event: { type: "dr.changed", id: before.id },
    };
  });
}
