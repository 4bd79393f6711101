import "server-only";
import { postmortemDueAt, POSTMORTEM_EXPECTED_FOR } from "@/lib/domain/postmortem/due";
import { isPostmortemOverdue } from "@/lib/domain/postmortem/write";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { env } from "../env";

/**
 * What the incident page says about its postmortem: the one it has, or, for a resolved incident of
 * a severity that expects one, when it is due.
 */
export async function postmortemForIncident(ctx: Ctx, incidentId: string) {
  authorize(ctx, "incident:read");
  const incident = await db.incident.findUnique({
    where: { id: incidentId },
    select: {
      severity: true,
      status: true,
      resolvedAt: true,
      postmortem: { select: { id: true, status: true, dueAt: true } },
    },
  });
  if (!incident) return null;
  const expected = (POSTMORTEM_EXPECTED_FOR as readonly string[]).includes(incident.severity);
  const dueAt =
    incident.postmortem?.dueAt ??
    (incident.resolvedAt && expected
      ? postmortemDueAt(incident.resolvedAt, env.BRIDGE_POSTMORTEM_DUE_WORKING_DAYS)
      : null);
  return {
    postmortem: incident.postmortem,
    resolved: incident.status === "RESOLVED",
    expected,
    dueAt,
    overdue: isPostmortemOverdue(dueAt, incident.postmortem?.status ?? null, ctx.now),
  };
}
