import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { addRuleSchema } from "@/lib/domain/matrix-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { duplicateRule, requireTemplate, ruleSnapshot } from "./rule-snapshot";
import { isUniqueViolation } from "./unique-violation";

/** Adds a matrix rule; incidents declared from now on owe the group this notification. */
export async function addRule(ctx: Ctx, input: unknown) {
  return mutate(ctx, "matrix:manage", addRuleSchema, input, async (tx, data) => {
    const group = await tx.stakeholderGroup.findUnique({ where: { id: data.groupId } });
    if (!group) throw new DomainError("VALIDATION", "Unknown group", { groupId: ["Choose one of the groups"] });
    await requireTemplate(tx, data.templateId);
    const key = { severity: data.severity, withinMinutes: data.withinMinutes, groupId: data.groupId };
    const duplicate = () => duplicateRule(data.severity, data.withinMinutes, group.name, "groupId");
    if (await tx.notificationRule.findUnique({ where: { severity_withinMinutes_groupId: key }, select: { id: true } }))
      throw duplicate();
    const rule = await tx.notificationRule
      .create({ data: { ...key, templateId: data.templateId, autoSend: data.autoSend } })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? duplicate() : error;
      });
    const after = await ruleSnapshot(tx, rule.id);
    return {
      result: rule,
      audit: { action: "matrix.rule.add", entityType: "NotificationRule", entityId: rule.id, after },
      event: { type: "matrix.changed", id: rule.id },
    };
  });
}
