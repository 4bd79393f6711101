import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { jobOf } from "@/lib/domain/jobs";
import { dueTimes, type Severity } from "@/lib/domain/matrix";
import { enqueue } from "../jobs/enqueue";

/**
 * Creates the incident's obligations for a severity from the matrix, due `withinMinutes`
 * after `from`, each with a durable deadline job. Pending obligations of another severity are
 * cancelled first, so a severity change re-plans what is owed.
 */
export async function planObligations(tx: Tx, incidentId: string, severity: Severity, from: Date): Promise<number> {
  await tx.notificationObligation.updateMany({
    where: { incidentId, status: "PENDING" },
    data: { status: "CANCELLED" },
  });
  const rules = await tx.notificationRule.findMany({ where: { severity } });
  const obligations = [];
  for (const { rule, dueAt } of dueTimes(rules, severity, from)) {
    const existing = await tx.notificationObligation.findUnique({
      where: { incidentId_groupId_dueAt: { incidentId, groupId: rule.groupId, dueAt } },
    });
    if (existing?.status === "SENT") continue;
    const obligation = existing
      ? await tx.notificationObligation.update({ where: { id: existing.id }, data: { status: "PENDING" } })
      : await tx.notificationObligation.create({
          data: {
            incidentId,
            ruleId: rule.id,
            groupId: rule.groupId,
            dueAt,
            autoSend: rule.autoSend,
            templateId: rule.templateId,
          },
        });
    obligations.push(obligation);
  }
  await enqueue(
    tx,
    obligations.map((o) => jobOf("obligation", { obligationId: o.id }, o.dueAt)),
  );
  return obligations.length;
}
