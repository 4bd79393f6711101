import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { windowLabel } from "@/lib/domain/matrix";

/** A rule as the audit log shows it: with its group's key and template's key, not only ids. */
export async function ruleSnapshot(tx: Tx, id: string) {
  const rule = await tx.notificationRule.findUnique({
    where: { id },
    include: { group: { select: { key: true, name: true } }, template: { select: { key: true } } },
  });
  if (!rule) throw new DomainError("NOT_FOUND", "This rule no longer exists", { id: ["No such rule"] });
  const { group, template, ...fields } = rule;
  return { ...fields, groupKey: group.key, groupName: group.name, templateKey: template?.key ?? null };
}

export async function requireTemplate(tx: Tx, templateId: string | null): Promise<void> {
  if (templateId && !(await tx.communicationTemplate.findUnique({ where: { id: templateId }, select: { id: true } }))) {
    throw new DomainError("VALIDATION", "Unknown template", { templateId: ["Choose one of the templates"] });
  }
}

export function duplicateRule(
  severity: string,
  withinMinutes: number,
  groupName: string,
  field: "groupId" | "withinMinutes",
) {
  const message = `${groupName} is already told for ${severity} ${windowLabel(withinMinutes).toLowerCase()}`;
  return new DomainError("CONFLICT", message, { [field]: [message] });
}
