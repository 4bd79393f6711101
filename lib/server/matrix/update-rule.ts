import "server-only";
import { updateRuleSchema } from "@/lib/domain/matrix-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { duplicateRule, requireTemplate, ruleSnapshot } from "./rule-snapshot";
import { isUniqueViolation } from "./unique-violation";

/**
 * Changes a rule's deadline, template or sending mode. Obligations already created keep the
 * values they copied, so only incidents declared afterwards see the change.
 */
export async function updateRule(ctx: Ctx, input: unknown) {
  return mutate(ctx, "matrix:manage", updateRuleSchema, input, async (tx, data) => {
    const before = await ruleSnapshot(tx, data.id);
    if (data.templateId !== undefined) await requireTemplate(tx, data.templateId);
    const withinMinutes = data.withinMinutes ?? before.withinMinutes;
    const duplicate = () => duplicateRule(before.severity, withinMinutes, before.groupName, "withinMinutes");
    if (withinMinutes !== before.withinMinutes) {
      const key = { severity: before.severity, withinMinutes, groupId: before.groupId };
      if (
        await tx.notificationRule.findUnique({ where: { severity_withinMinutes_groupId: key }, select: { id: true } })
      )
        throw duplicate();
    }
    const rule = await tx.notificationRule
      .update({
        where: { id: data.id },
        data: { withinMinutes: data.withinMinutes, templateId: data.templateId, autoSend: data.autoSend },
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? duplicate() : error;
      });
    const after = await ruleSnapshot(tx, rule.id);
    return {
      result: rule,
      audit: { action: "matrix.rule.update", entityType: "NotificationRule", entityId: rule.id, before, after },
      event: { type: "matrix.changed", id: rule.id },
    };
  });
}
