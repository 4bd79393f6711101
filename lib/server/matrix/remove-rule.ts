import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { byIdSchema } from "@/lib/domain/matrix-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { ruleSnapshot } from "./rule-snapshot";

/** Removes a rule. Obligations it already created stay (their rule link is cleared). */
export async function removeRule(ctx: Ctx, input: unknown) {
  return mutate(ctx, "matrix:manage", byIdSchema, input, async (tx, data) => {
    const before = await ruleSnapshot(tx, data.id);
    const { count } = await tx.notificationRule.deleteMany({ where: { id: data.id } });
    if (count === 0) throw new DomainError("NOT_FOUND", "This rule no longer exists", { id: ["No such rule"] });
    return {
      result: { id: data.id },
      audit: { action: "matrix.rule.remove", entityType: "NotificationRule", entityId: data.id, before },
      event: { type: "matrix.changed", id: data.id },
    };
  });
}
