import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { jobOf } from "@/lib/domain/jobs";
import { dueTimes, type Severity } from "@/lib/domain/matrix";
import { enqueue } from "../jobs/enqueue";
import { newId } from "../jobs/new-id";

/**
 * Creates the incident's obligations for a severity from the matrix, due `withinMinutes`
 * after `from`, each with a durable deadline job. Pending obligations of another severity are
 * cancelled first, so a severity change re-plans what is owed. A drill owes nothing to external groups.
 */
export async function planObligations(tx: Tx, incidentId: string, severity: Severity, from: Date): Promise<number> {
  await tx.notificationObligation.updateMany({
    where: { incidentId, status: "PENDING" },
    data: { status: "CANCELLED" },
  });
  // A drill notifies only its own audience: never a group of people outside the organisation.
  const { drill } = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { drill: true } });
  const rules = await tx.notificationRule.findMany({
    where: { severity, ...(drill ? { group: { external: false } } : {}) },
  });
  const owed = dueTimes(rules, severity, from);
  if (owed.length === 0) return 0;
  // One statement for all of them (a declaration pays for it): a new obligation is inserted, one
  // cancelled above is owed again, and one already sent is left alone (and not returned).
  const obligations = await tx.$queryRaw<{ id: string; dueAt: Date }[]>`
    INSERT INTO "NotificationObligation" (id, "incidentId", "ruleId", "groupId", "dueAt", status, "autoSend", "templateId")
    SELECT o.id, ${incidentId}, o.rule_id, o.group_id, o.due_at, 'PENDING'::"ObligationStatus", o.auto_send, o.template_id
    FROM unnest(${owed.map(() => newId())}::text[], ${owed.map((o) => o.rule.id)}::text[], ${owed.map((o) => o.rule.groupId)}::text[],
      ${owed.map((o) => o.dueAt)}::timestamp(3)[], ${owed.map((o) => o.rule.autoSend)}::boolean[],
      ${owed.map((o) => o.rule.templateId)}::text[]) AS o(id, rule_id, group_id, due_at, auto_send, template_id)
    ON CONFLICT ("incidentId", "groupId", "dueAt") DO UPDATE SET status = 'PENDING'
      WHERE "NotificationObligation".status <> 'SENT'
    RETURNING id, "dueAt"`;
  await enqueue(
    tx,
    obligations.map((o) => jobOf("obligation", { obligationId: o.id }, o.dueAt)),
  );
  return obligations.length;
}
